import java.util.List;

/** Cyclomatic complexity (PMD 7 CYCLO), one construct per method, counted by hand. */
abstract class Cyclomatic {

  // cyclomatic 1: the base
  void straight() {
    f();
  }

  // cyclomatic 1: an abstract method has the base too
  abstract void noBody();

  // cyclomatic 2: 1 + if
  void ifOnly(boolean a) {
    if (a) f();
  }

  // cyclomatic 2: 1 + if; else adds nothing
  void ifElse(boolean a) {
    if (a) f(); else g();
  }

  // cyclomatic 4: 1 + if + else-if + else-if
  void elseIfChain(int x) {
    if (x == 1) f(); else if (x == 2) g(); else if (x == 3) f(); else g();
  }

  // cyclomatic 2: 1 + ?:
  int ternary(boolean a) {
    return a ? 1 : 2;
  }

  // cyclomatic 3: 1 + ?: + ?:
  int nestedTernary(boolean a, boolean b) {
    return a ? 1 : b ? 2 : 3;
  }

  // cyclomatic 3: 1 + ?: + its && (the condition of a ?: counts its boolean operators)
  int ternaryWithAnd(boolean a, boolean b) {
    return a && b ? 1 : 2;
  }

  // cyclomatic 4: 1 + if + && + ||
  void ifWithAndOr(boolean a, boolean b, boolean c) {
    if (a && b || c) f();
  }

  // cyclomatic 1: && outside a condition counts nothing
  boolean andInReturn(boolean a, boolean b) {
    return a && b;
  }

  // cyclomatic 2: 1 + if; the && inside the lambda belongs to the lambda
  void andInLambdaInCondition(List<Integer> list, boolean a) {
    if (list.stream().anyMatch(x -> a && x > 0)) f();
  }

  // cyclomatic 5: 1 + if + (a ?: at the top of a test counts 2) + the ?: itself
  void ternaryAsTest(boolean a, boolean b) {
    if (a ? b : !b) f();
  }

  // cyclomatic 5: 1 + if + && + the && inside the nested ?: + the ?: itself
  void ternaryInsideTest(boolean a, boolean b, boolean c, boolean d) {
    if (a && (b ? c && d : d)) f();
  }

  // cyclomatic 2: 1 + for
  void forLoop(int n) {
    for (int i = 0; i < n; i++) f();
  }

  // cyclomatic 3: 1 + for + && in its test
  void forWithAnd(int n, boolean b) {
    for (int i = 0; i < n && b; i++) f();
  }

  // cyclomatic 2: 1 + for, also without a test
  void forEver() {
    for (;;) f();
  }

  // cyclomatic 2: 1 + foreach
  void forEach(List<String> list) {
    for (String s : list) f();
  }

  // cyclomatic 2: 1 + while
  void whileLoop(boolean a) {
    while (a) f();
  }

  // cyclomatic 3: 1 + do + || in its test
  void doWhileOr(boolean a, boolean b) {
    do f(); while (a || b);
  }

  // cyclomatic 3: 1 + case 1 + case 2; default adds nothing
  void oldSwitch(int x) {
    switch (x) {
      case 1: f(); break;
      case 2: g(); break;
      default: f();
    }
  }

  // cyclomatic 4: 1 + (case 1, 2 counts 2) + case 3
  void multiLabelCase(int x) {
    switch (x) {
      case 1, 2 -> f();
      case 3 -> g();
      default -> f();
    }
  }

  // cyclomatic 3: 1 + case 1 + case 2: an empty fall-through label counts like any other
  void fallThroughLabels(int x) {
    switch (x) {
      case 1:
      case 2:
        f();
    }
  }

  // cyclomatic 4: 1 + case 1 + (case 2, 3 counts 2)
  int switchExpression(int x) {
    return switch (x) {
      case 1 -> 10;
      case 2, 3 -> 20;
      default -> 30;
    };
  }

  // cyclomatic 7: 1 + case 1 + the ?: (1 + its &&) + the selector's boolean complexity (?: 2 + && 1)
  void switchSelectorWithAnd(boolean a, boolean b) {
    switch (a && b ? 1 : 2) {
      case 1 -> f();
      default -> g();
    }
  }

  // cyclomatic 3: 1 + String s + Integer i (type patterns count 1 each: our deliberate difference, PMD gives 0)
  void typePatterns(Object o) {
    switch (o) {
      case String s -> f();
      case Integer i -> g();
      default -> f();
    }
  }

  // cyclomatic 2: 1 + String s; a guard and its && add nothing
  void guardedPattern(Object o, boolean a, boolean b) {
    switch (o) {
      case String s when a && b -> f();
      default -> g();
    }
  }

  // cyclomatic 2: 1 + the record pattern
  void recordPattern(Object o) {
    switch (o) {
      case Point(int x, int y) -> f();
      default -> g();
    }
  }

  // cyclomatic 1: case null, default is the default
  void nullDefault(Object o) {
    switch (o) {
      case null, default -> f();
    }
  }

  // cyclomatic 3: 1 + catch + catch; finally adds nothing
  void tryCatchFinally() {
    try {
      f();
    } catch (IllegalStateException e) {
      g();
    } catch (RuntimeException e) {
      f();
    } finally {
      g();
    }
  }

  // cyclomatic 2: 1 + catch; a multi-catch is one clause
  void multiCatch() {
    try {
      f();
    } catch (IllegalStateException | IllegalArgumentException e) {
      g();
    }
  }

  // cyclomatic 2: 1 + throw
  void throwing() {
    throw new IllegalStateException();
  }

  // cyclomatic 5: 1 + for + for + if + if; labelled break and continue add nothing
  void labelledBreak(int[][] rows) {
    outer:
    for (int[] row : rows) {
      for (int v : row) {
        if (v == 0) break outer;
        if (v < 0) continue outer;
      }
    }
  }

  // cyclomatic 2: 1 + ?:; recursion adds nothing
  int factorial(int n) {
    return n <= 1 ? 1 : n * factorial(n - 1);
  }

  // cyclomatic 1: the lambda's if belongs to the lambda
  void lambda(List<Integer> list, boolean a) {
    list.forEach(x -> {
      if (a) f();
    });
  }

  // cyclomatic 1: the anonymous class's if belongs to its method run()
  Runnable anonymous(boolean a) {
    return new Runnable() {
      // cyclomatic 2: 1 + if
      @Override
      public void run() {
        if (a) f();
      }
    };
  }

  // cyclomatic 1: the local class's if belongs to its method m()
  void local(boolean a) {
    class Local {
      // cyclomatic 2: 1 + if
      void m() {
        if (a) f();
      }
    }
    new Local().m();
  }

  // cyclomatic 1: assert adds nothing
  void assertion(boolean a, boolean b) {
    assert a && b;
  }

  abstract void f();

  abstract void g();

  record Point(int x, int y) {}
}
