package fixtures;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** A lambda adds nothing itself but nests what it holds, and counts in the enclosing method. */
class Lambdas {

  void emptyLambda() { // cognitive 0
    Runnable r = () -> {};
  }

  void lambdaNests(boolean a) { // cognitive 2 = if 2
    Runnable r =
        () -> {
          if (a) {}
        };
  }

  void expressionLambdaNests() { // cognitive 2 = ?: 2
    Function<Integer, Integer> f = x -> x > 0 ? 1 : 0;
  }

  void nestedLambdas(boolean a) { // cognitive 5 = if 2 + if 3
    Runnable r =
        () -> {
          if (a) {}
          Runnable q =
              () -> {
                if (a) {}
              };
        };
  }

  void lambdaInLoop(List<Integer> list) { // cognitive 4 = for 1 + if 3
    for (Integer i : list) {
      list.forEach(
          x -> {
            if (x > 0) {}
          });
    }
  }

  void lambdaInIfCondition(List<Integer> list, boolean a) { // cognitive 2 = if 1 + && 1
    if (list.stream().anyMatch(x -> x > 0 && a)) {}
  }

  void ternaryInLambdaInIfCondition(boolean a) { // cognitive 3 = if 1 + ?: 2
    if (test(() -> a ? 1 : 2)) {}
  }

  void methodReference(List<String> list) { // cognitive 0
    list.forEach(System.out::println);
  }

  void anonymousClassInsideLambda(boolean a) { // cognitive 3 = if 3 (lambda 1 + class 1)
    Runnable r =
        () -> {
          new Object() {
            void inner() { // cognitive 0 = counted in anonymousClassInsideLambda
              if (a) {}
            }
          };
        };
  }

  Supplier<Object> fieldLambda =
      () -> {
        class InFieldLambda {
          void method(boolean a) { // cognitive 1 = if 1 (owned by no method, so scored on its own)
            if (a) {}
          }
        }
        return null;
      };

  boolean test(Supplier<Integer> s) { // cognitive 0
    return s.get() > 0;
  }
}
