import java.util.List;

/**
 * NPath (PMD 7.14+ NPATH), one construct per method, counted by hand. Notation: a test has T paths that
 * make it true and F that make it false; a plain operand has T = F = 1; a && b has T = 1, F = 2; a || b has
 * T = 2, F = 1. A sequence multiplies the paths that reach each statement; a return or throw ends its paths.
 */
abstract class NPath {

  // npath 1: one path
  void straight() {
    f();
    g();
  }

  // npath 1: no body, one path
  abstract void noBody();

  // npath 2: then, or skip
  void ifOnly(boolean a) {
    if (a) f();
  }

  // npath 2: then, or else
  void ifElse(boolean a) {
    if (a) f(); else g();
  }

  // npath 3: then, else-if then, skip both
  void elseIf(boolean a, boolean b) {
    if (a) f(); else if (b) g();
  }

  // npath 4: two ifs in a row: 2 * 2
  void twoIfs(boolean a, boolean b) {
    if (a) f();
    if (b) g();
  }

  // npath 3: inner if (2) when a is true, skip when false: 2 + 1
  void nestedIfs(boolean a, boolean b) {
    if (a) {
      if (b) f();
    }
  }

  // npath 3: a && b: T (1) * then + F (2) * skip
  void ifAnd(boolean a, boolean b) {
    if (a && b) f();
  }

  // npath 4: a || b || c: T = 3, F = 1
  void ifOr3(boolean a, boolean b, boolean c) {
    if (a || b || c) f();
  }

  // npath 5: a && b || c: T = 1 + 2 * 1 = 3, F = 2 * 1 = 2
  void ifAndOr(boolean a, boolean b, boolean c) {
    if (a && b || c) f();
  }

  // npath 4: !(a && b) swaps T and F: T = 2 goes to then (1), F = 1 goes to else (2 paths)
  void negatedAnd(boolean a, boolean b) {
    if (!(a && b)) {
      f();
    } else {
      if (a) g();
    }
  }

  // npath 4: a ?: as the test: T = 1*1 + 1*1 = 2, F = 2
  void ternaryTest(boolean a, boolean b) {
    if (a ? b : !b) f();
  }

  // npath 4: the operand x == (a ? 1 : 2) has 2 paths, each either true or false
  void ternaryInsideOperand(boolean a, int x) {
    if (x == (a ? 1 : 2)) f();
  }

  // npath 2: if (true) is not special
  void ifTrue() {
    if (true) f();
  }

  // npath 2: return ends one path, the other goes on: 1 + 1
  void earlyReturn(boolean a) {
    if (a) return;
    f();
  }

  // npath 3: returns are not multiplied by what follows: 1 + 1 + 1
  void twoEarlyReturns(boolean a, boolean b) {
    if (a) return;
    if (b) return;
    f();
  }

  // npath 11: ten guard clauses and the final return
  int guardClauses(int x) {
    if (x == 0) return 0;
    if (x == 1) return 1;
    if (x == 2) return 2;
    if (x == 3) return 3;
    if (x == 4) return 4;
    if (x == 5) return 5;
    if (x == 6) return 6;
    if (x == 7) return 7;
    if (x == 8) return 8;
    if (x == 9) return 9;
    return x;
  }

  // npath 3: throw ends a path like return: 1 + 2
  void earlyThrow(boolean a, boolean b) {
    if (a) throw new IllegalStateException();
    if (b) g();
  }

  // npath 3: returning a ?: returns each of its paths: T (1) + F (2) of a && b
  int returnTernary(boolean a, boolean b) {
    return a && b ? 1 : 2;
  }

  // npath 2: a value a && b has paths "a false" and "a true, b evaluated"
  boolean returnAnd(boolean a, boolean b) {
    return a && b;
  }

  // npath 3: value of (a && b) && c: its left's value (2) + its left's T (1) * c (1)
  boolean returnAnd3(boolean a, boolean b, boolean c) {
    return a && b && c;
  }

  // npath 6: value of (a || b) && (c || d): left's value 2 + left's T (2) * right's value 2
  boolean valueOfTwoOrs(boolean a, boolean b, boolean c, boolean d) {
    return (a || b) && (c || d);
  }

  // npath 4: two ?: in one call: 2 * 2
  void ternariesAsArguments(boolean a, boolean b) {
    h(a ? 1 : 2, b ? 1 : 2);
  }

  // npath 3: a ? (b ? 1 : 2) : 3 = 2 + 1
  int nestedTernary(boolean a, boolean b) {
    return a ? (b ? 1 : 2) : 3;
  }

  // npath 2: the loop body once, or not at all
  void whileLoop(boolean a) {
    while (a) f();
  }

  // npath 3: T (1) * body + F (2)
  void whileAnd(boolean a, boolean b) {
    while (a && b) f();
  }

  // npath 3: body: break (1) or go on (1), times T (1), plus F (1)
  void whileBreak(boolean a, boolean b) {
    while (a) {
      if (b) break;
      f();
    }
  }

  // npath 3: continue ends the iteration like the end of the body: 2 + 1
  void whileContinue(boolean a, boolean b) {
    while (a) {
      if (b) continue;
      f();
    }
  }

  // npath 5: the loop leaves normally by 2 paths (then * 2 by the if after it) or returns (1)
  void whileReturn(boolean a, boolean b, boolean c) {
    while (a) {
      if (b) return;
    }
    if (c) g();
  }

  // npath 2: while (true) has no false outcome: break (1) + end of body (1)
  void whileTrue(boolean b) {
    while (true) {
      if (b) break;
      f();
    }
  }

  // npath 1: for (;;) has no false outcome either
  void forEver() {
    for (;;) f();
  }

  // npath 2: the for loop's body once, or not at all
  void forLoop(int n) {
    for (int i = 0; i < n; i++) f();
  }

  // npath 4: the initializer's ?: (2) times the loop (2)
  void forInitTernary(int n, boolean a) {
    for (int i = a ? 1 : 0; i < n; i++) f();
  }

  // npath 5: body (2) times the update's ?: (2), plus the skip: 4 + 1
  void forUpdateTernary(int n, boolean a, boolean b) {
    for (int i = 0; i < n; i += a ? 1 : 2) {
      if (b) f();
    }
  }

  // npath 4: PMD sends a continue past the update: normal end (1) * update (2) + continue (1), plus the skip (1)
  void forContinueSkipsUpdate(int n, boolean a, boolean b) {
    for (int i = 0; i < n; i += a ? 1 : 2) {
      if (b) continue;
    }
  }

  // npath 2: the foreach body once, or not at all
  void forEach(List<String> list) {
    for (String s : list) f();
  }

  // npath 12: PMD evaluates a foreach's iterable twice: I (2) * (I (2) * body (2) + I (2))
  void forEachTernaryIterable(List<String> l, List<String> m, boolean a, boolean b) {
    for (String s : a ? l : m) {
      if (b) f();
    }
  }

  // npath 2: do: body once (1), then the test's true outcome ends the path and its false one goes on
  void doLoop(boolean a) {
    do f(); while (a);
  }

  // npath 4: body (2) times both outcomes of the test (2)
  void doIf(boolean a, boolean b) {
    do {
      if (b) f();
    } while (a);
  }

  // npath 3: body (1) times T (1) + F (2)
  void doAnd(boolean a, boolean b) {
    do f(); while (a && b);
  }

  // npath 4: body goes on (1) times 2 outcomes; PMD counts a break out of a do loop whose test is a single operand twice (2)
  void doBreakSimpleTest(boolean a, boolean b) {
    do {
      if (b) break;
      f();
    } while (a);
  }

  // npath 4: body goes on (1) times T + F (3), plus the break once (1): the test is not a single operand
  void doBreakAndTest(boolean a, boolean b, boolean c) {
    do {
      if (c) break;
      f();
    } while (a && b);
  }

  // npath 3: return (1) + goes on (1) times 2 outcomes
  void doReturn(boolean a, boolean b) {
    do {
      if (b) return;
      f();
    } while (a);
  }

  // npath 3: case 1, case 2, default
  void oldSwitch(int x) {
    switch (x) {
      case 1: f(); break;
      case 2: g(); break;
      default: f();
    }
  }

  // npath 3: case 1, case 2, and no case matching (no default)
  void switchWithoutDefault(int x) {
    switch (x) {
      case 1: f(); break;
      case 2: g(); break;
    }
  }

  // npath 4: case 1, 2 weighs 2; case 3; no default
  void multiLabel(int x) {
    switch (x) {
      case 1, 2: f(); break;
      case 3: g();
    }
  }

  // npath 5: case 1 falls into case 2's if (2), case 2 (2), default (1)
  void fallThrough(int x, boolean b) {
    switch (x) {
      case 1: f();
      case 2: if (b) g(); break;
      default: f();
    }
  }

  // npath 4: arrows: 1, 2 and 3 one path each, default one
  void arrowSwitch(int x) {
    switch (x) {
      case 1 -> f();
      case 2, 3 -> g();
      default -> f();
    }
  }

  // npath 3: case 1 (if: 2), default (1)
  void arrowWithBlock(int x, boolean b) {
    switch (x) {
      case 1 -> {
        if (b) f();
      }
      default -> g();
    }
  }

  // npath 4: returns and throws end their paths: return (1) + throw (1) + default (1) times the if (2)
  void switchReturns(int x, boolean b) {
    switch (x) {
      case 1 -> {
        return;
      }
      case 2 -> throw new IllegalStateException();
      default -> f();
    }
    if (b) g();
  }

  // npath 6: the selector's paths (3) multiply the branches (2)
  void selectorPaths(boolean a, boolean b) {
    switch (a && b ? 1 : 2) {
      case 1 -> f();
      default -> g();
    }
  }

  // npath 2: every constant of an enum of this file is named: no path for "no match"
  void exhaustiveEnum(Color c) {
    switch (c) {
      case RED -> f();
      case GREEN -> g();
    }
  }

  // npath 2: only RED is named: RED, or no match
  void partialEnum(Color c) {
    switch (c) {
      case RED -> f();
    }
  }

  // npath 4: switch expression in a return: 1, 2, 3 and default
  int switchExpression(int x) {
    return switch (x) {
      case 1 -> 10;
      case 2, 3 -> 20;
      default -> 30;
    };
  }

  // npath 4: case 1's ?: (2) + the block's two yields (2)
  int switchExpressionYields(int x, boolean b) {
    int y = switch (x) {
      case 1 -> b ? 1 : 2;
      default -> {
        if (b) yield 3;
        yield 4;
      }
    };
    return y;
  }

  // npath 1: a switch expression nested in another expression counts as one path in PMD
  void switchExpressionAsArgument(int x) {
    h(switch (x) {
      case 1 -> 1;
      default -> 2;
    }, 0);
  }

  // npath 3: String s, Integer i, default (patterns weigh 1 each: our deliberate difference, PMD gives 0)
  void typePatterns(Object o) {
    switch (o) {
      case String s -> f();
      case Integer i -> g();
      default -> f();
    }
  }

  // npath 2: String s (the guard adds no path, as in PMD), default
  void guardedPattern(Object o, boolean a, boolean b) {
    switch (o) {
      case String s when a && b -> f();
      default -> g();
    }
  }

  // npath 2: a sealed pattern switch is exhaustive: S1, S2 and no "no match" (PMD says 0)
  void sealedPatterns(Shape s) {
    switch (s) {
      case Square q -> f();
      case Circle c -> g();
    }
  }

  // npath 1: try, catch and finally run one after another: 1 * 1 * 1
  void tryCatchFinally() {
    try {
      f();
    } catch (RuntimeException e) {
      g();
    } finally {
      f();
    }
  }

  // npath 8: try (2) then catch (2) then the other catch (2), as PMD chains them
  void tryCatchesChained(boolean a, boolean b, boolean c) {
    try {
      if (a) f();
    } catch (IllegalStateException e) {
      if (b) g();
    } catch (RuntimeException e) {
      if (c) g();
    }
  }

  // npath 2: try (1) then the multi-catch block's if (2)
  void multiCatch(boolean a) {
    try {
      f();
    } catch (IllegalStateException | IllegalArgumentException e) {
      if (a) g();
    }
  }

  // npath 3: the try's return (1) is not multiplied; its other path (1) meets the finally's if (2)
  void tryReturnFinally(boolean a, boolean b) {
    try {
      if (a) return;
    } finally {
      if (b) g();
    }
    f();
  }

  // npath 2: resource initializer's ?: (2)
  void tryWithResource(boolean a) throws Exception {
    try (AutoCloseable c = a ? null : null) {
      f();
    }
  }

  // npath 6: outer body: inner loop (normal 2, break outer 1), then if (d): normal 4, break outer 1; outer loop: 4 + 1 + skip 1
  void labelledBreak(boolean a, boolean b, boolean c, boolean d) {
    outer:
    while (a) {
      while (b) {
        if (c) break outer;
      }
      if (d) g();
    }
  }

  // npath 6: labelled continue behaves the same
  void labelledContinue(boolean a, boolean b, boolean c, boolean d) {
    outer:
    while (a) {
      while (b) {
        if (c) continue outer;
      }
      if (d) g();
    }
  }

  // npath 2: PMD loses a break out of a labelled block: only the path through f() (1) times the if (2)
  void breakOutOfBlock(boolean a, boolean b) {
    block: {
      if (a) break block;
      f();
    }
    if (b) g();
  }

  // npath 2: recursion adds nothing: the ?: (2)
  int factorial(int n) {
    return n <= 1 ? 1 : n * factorial(n - 1);
  }

  // npath 1: a lambda's paths are its own
  void lambda(List<Integer> list, boolean a) {
    list.forEach(x -> {
      if (a) f();
    });
  }

  // npath 1: an anonymous class's paths are its own
  Runnable anonymous(boolean a) {
    return new Runnable() {
      // npath 2: its own if
      @Override
      public void run() {
        if (a) f();
      }
    };
  }

  // npath 8: PMD walks a local class in place: m's if (2) * n's if (2) * the if after it (2)
  void localClass(boolean a, boolean b) {
    class Local {
      void m() {
        if (a) f();
      }

      void n() {
        if (b) g();
      }
    }
    if (a) new Local().m();
  }

  // npath 2: synchronized: its body's if (2)
  void synchronizedBlock(boolean a) {
    synchronized (this) {
      if (a) f();
    }
  }

  // npath 2: assert evaluates a && b as a value (2)
  void assertion(boolean a, boolean b) {
    assert a && b;
  }

  // npath 9223372036854775807: 64 ifs in a row are 2^64 paths, which saturates at Long.MAX_VALUE
  void saturated(boolean a) {
    if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f();
    if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f();
    if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f();
    if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f();
    if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f();
    if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f();
    if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f();
    if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f();
  }

  // npath 9223372036854775807: the 63 ifs after the return are 2^63 paths, one more than Long.MAX_VALUE; adding the return's path must not overflow
  void saturatedPlusReturn(boolean a) {
    if (a) return;
    if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f();
    if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f();
    if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f();
    if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f();
    if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f();
    if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f();
    if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f();
    if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f(); if (a) f();
  }

  abstract void f();

  abstract void g();

  abstract void h(int a, int b);

  enum Color { RED, GREEN }

  sealed interface Shape permits Square, Circle {}

  record Square() implements Shape {}

  record Circle() implements Shape {}
}
