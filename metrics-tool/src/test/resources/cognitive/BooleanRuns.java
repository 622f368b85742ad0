package fixtures;

/** Runs of like && and || operators: each run adds 1, wherever the expression stands. */
class BooleanRuns {

  boolean single(boolean a, boolean b) { // cognitive 1 = && 1
    return a && b;
  }

  boolean unmixedAnd(boolean a, boolean b, boolean c, boolean d) { // cognitive 1 = && && && 1
    return a && b && c && d;
  }

  boolean unmixedOr(boolean a, boolean b, boolean c) { // cognitive 1 = || || 1
    return a || b || c;
  }

  boolean mixed(boolean a, boolean b, boolean c, boolean d) { // cognitive 3 = && 1 + || 1 + && 1
    return a && b || c && d;
  }

  boolean twoRuns(boolean a, boolean b, boolean c, boolean d) { // cognitive 2 = && && 1 + || 1
    return a && b && c || d;
  }

  boolean orAndOr(boolean a, boolean b, boolean c, boolean d) { // cognitive 3 = || 1 + && 1 + || 1
    return a || b && c || d;
  }

  boolean runAcrossParentheses(boolean a, boolean b, boolean c) { // cognitive 1 = && && 1 (parentheses are seen through)
    return a && (b && c);
  }

  boolean mixedAcrossParentheses(boolean a, boolean b, boolean c, boolean d) { // cognitive 3 = || 1 + && 1 + || 1
    return (a || b) && (c || d);
  }

  boolean negationStartsANewExpression(boolean a, boolean b, boolean c) { // cognitive 2 = && 1 + && 1
    return a && !(b && c);
  }

  boolean negatedLeftOperand(boolean a, boolean b, boolean c) { // cognitive 2 = && 1 + && 1
    return !(a && b) && c;
  }

  boolean negatedVariableKeepsTheRun(boolean a, boolean b, boolean c) { // cognitive 1 = && && 1
    return a && !b && c;
  }

  boolean callArgumentStartsANewExpression(boolean a, boolean b, boolean c, boolean d) { // cognitive 2 = && && 1 + && 1
    return a && f(b && c) && d;
  }

  boolean ternaryOperand(boolean a, boolean b, boolean c, boolean d) { // cognitive 2 = && && 1 + ?: 1
    return a && (b ? c : d) && a;
  }

  boolean bitwiseOperatorsDoNotCount(boolean a, boolean b, boolean c, boolean d) { // cognitive 1 = && 1
    return a & b && c | d;
  }

  boolean comparisonsDoNotCount(int a, int b) { // cognitive 1 = && 1
    return a == b && a != 0;
  }

  void inIfCondition(boolean a, boolean b, boolean c) { // cognitive 3 = if 1 + && 1 + || 1
    if (a && b || c) {}
  }

  void nestedRunAddsOneOnly(boolean a, boolean b, boolean c) { // cognitive 4 = for 1 + if 2 + && 1
    for (;;) {
      if (a && b && c) {}
    }
  }

  void inAssignment(boolean a, boolean b) { // cognitive 1 = && 1 (also outside conditions)
    boolean x = a && b;
  }

  boolean patternVariable(Object o) { // cognitive 1 = && 1
    return o instanceof String s && s.isEmpty();
  }

  boolean f(boolean x) { // cognitive 0
    return x;
  }
}
