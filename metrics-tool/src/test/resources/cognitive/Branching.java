package fixtures;

/** if, else if, else, ?: and loops. Each method's first line carries its hand count. */
class Branching {

  void empty() {} // cognitive 0

  void straightLine(int x) { // cognitive 0
    x++;
    x--;
  }

  void singleIf(boolean a) { // cognitive 1 = if 1
    if (a) {}
  }

  void ifElse(boolean a) { // cognitive 2 = if 1 + else 1
    if (a) {} else {}
  }

  void elseIfChain(boolean a, boolean b, boolean c) { // cognitive 4 = if 1 + else if 1 + else if 1 + else 1
    if (a) {
    } else if (b) {
    } else if (c) {
    } else {
    }
  }

  void elseIfBodyNestsNoDeeperThanThen(boolean a, boolean b) { // cognitive 6 = if 1 + if 2 + else if 1 + if 2
    if (a) {
      if (b) {}
    } else if (b) {
      if (a) {}
    }
  }

  void elseIfAndElseCarryNoNestingPenalty(boolean a, boolean b) { // cognitive 5 = for 1 + if 2 + else if 1 + else 1
    for (;;) {
      if (a) {
      } else if (b) {
      } else {
      }
    }
  }

  void elseBlockHoldingAnIf(boolean a, boolean b) { // cognitive 4 = if 1 + else 1 + if 2 (a block, not an else if)
    if (a) {
    } else {
      if (b) {}
    }
  }

  void labelledIfAfterElse(boolean a, boolean b) { // cognitive 4 = if 1 + else 1 + if 2 (the label makes it no else if)
    if (a) {
    } else
      label:
      if (b) {}
  }

  int ternary(boolean a) { // cognitive 1 = ?: 1
    return a ? 1 : 0;
  }

  int nestedTernaryInElseOperand(boolean a, boolean b) { // cognitive 3 = ?: 1 + ?: 2
    return a ? 1 : b ? 2 : 3;
  }

  int nestedTernaryInConditionOperand(boolean a, boolean b) { // cognitive 3 = ?: 1 + ?: 2
    return (a ? b : !b) ? 1 : 2;
  }

  void ternaryInIfCondition(boolean a, boolean b) { // cognitive 2 = if 1 + ?: 1 (an if's condition is not nested)
    if (a ? b : !b) {}
  }

  void ternaryInWhileCondition(boolean a, boolean b) { // cognitive 3 = while 1 + ?: 2 (a loop's header is nested)
    while (a ? b : !b) {}
  }

  void ternaryInForHeader(int n, boolean a) { // cognitive 3 = for 1 + ?: 2
    for (int i = a ? 0 : 1; i < n; i++) {}
  }

  void ternaryInForEachExpression(boolean a, java.util.List<String> x, java.util.List<String> y) { // cognitive 3 = for 1 + ?: 2
    for (String s : a ? x : y) {}
  }

  int ternaryInThen(boolean a, boolean b) { // cognitive 3 = if 1 + ?: 2
    if (a) {
      return b ? 1 : 2;
    }
    return 0;
  }

  void forLoop(int n) { // cognitive 1 = for 1
    for (int i = 0; i < n; i++) {}
  }

  void forEachLoop(java.util.List<String> list) { // cognitive 1 = for 1
    for (String s : list) {}
  }

  void whileLoop(boolean a) { // cognitive 1 = while 1
    while (a) {}
  }

  void doLoop(boolean a) { // cognitive 1 = do 1
    do {} while (a);
  }

  void doLoopConditionIsNested(boolean a, boolean b) { // cognitive 3 = do 1 + ?: 2
    do {} while (a ? b : !b);
  }

  void deepNesting(int[][] m, boolean a) { // cognitive 15 = for 1 + for 2 + while 3 + if 4 + ?: 5
    for (int[] row : m) {
      for (int v : row) {
        while (a) {
          if (v > 0) {
            v = a ? 1 : 2;
          }
        }
      }
    }
  }

  void blocksSynchronizedAndLabelsDoNotNest(Object o, boolean a) { // cognitive 2 = if 1 + if 1
    synchronized (o) {
      if (a) {}
    }
    {
      label:
      if (a) {}
    }
  }

  Branching(boolean a) { // cognitive 1 = if 1 (constructors are scored like methods)
    if (a) {}
  }

  abstract static class Abstract {
    abstract void noBody(); // cognitive 0
  }

  interface Api {
    void noBody(); // cognitive 0

    default void withBody(boolean a) { // cognitive 1 = if 1
      if (a) {}
    }
  }

  void conditionInParameterAnnotation(@SuppressWarnings(true ? "a" : "b") int x) { // cognitive 1 = ?: 1 (the whole declaration is walked)
  }
}
