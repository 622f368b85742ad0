import java.util.List;

/** NCSS (PMD 7 NCSS), one construct per method, counted by hand. The declaration itself counts 1. */
abstract class Ncss {

  // ncss 1: the declaration
  void empty() {}

  // ncss 1: an abstract method is its declaration
  abstract void noBody();

  // ncss 3: declaration + local variable (one for both variables) + expression statement
  void statements() {
    int a = 1, b = 2;
    a = b;
  }

  // ncss 3: declaration + if + f()
  void ifOnly(boolean a) {
    if (a) f();
  }

  // ncss 5: declaration + if + f() + else + g()
  void ifElse(boolean a) {
    if (a) f(); else g();
  }

  // ncss 6: declaration + if + f() + else + if + g()
  void elseIf(boolean a, boolean b) {
    if (a) f(); else if (b) g();
  }

  // ncss 3: declaration + for (its initializer is not a statement) + f()
  void forLoop(int n) {
    for (int i = 0, j = 0; i < n; i++, j++) f();
  }

  // ncss 3: declaration + foreach + f()
  void forEach(List<String> list) {
    for (String s : list) f();
  }

  // ncss 5: declaration + while + if + break + f()
  void whileBreak(boolean a, boolean b) {
    while (a) {
      if (b) break;
      f();
    }
  }

  // ncss 4: declaration + do + f() + continue
  void doContinue(boolean a) {
    do {
      f();
      continue;
    } while (a);
  }

  // ncss 10: declaration + switch + 3 entries + f() + break + g() + break + f()
  void oldSwitch(int x) {
    switch (x) {
      case 1: f(); break;
      case 2: g(); break;
      default: f();
    }
  }

  // ncss 5: declaration + switch + 3 entries; an arrow's expression is not a statement
  void arrowSwitch(int x) {
    switch (x) {
      case 1 -> f();
      case 2, 3 -> g();
      default -> f();
    }
  }

  // ncss 2: declaration + return; a switch expression in a return is not looked into
  int switchExpressionReturned(int x) {
    return switch (x) {
      case 1 -> 1;
      default -> 2;
    };
  }

  // ncss 5: declaration + local variable + 2 entries + f(); yield is not counted
  void switchExpressionInVariable(int x) {
    int y = switch (x) {
      case 1 -> 1;
      default -> {
        f();
        yield 2;
      }
    };
  }

  // ncss 8: declaration + f() + catch + g() + catch + throw + finally + f(); try itself is not counted
  void tryCatchFinally() {
    try {
      f();
    } catch (IllegalStateException e) {
      g();
    } catch (RuntimeException e) {
      throw e;
    } finally {
      f();
    }
  }

  // ncss 4: declaration + 2 resource declarations + f()
  void tryWithResources() throws Exception {
    try (AutoCloseable a = null; AutoCloseable b = null) {
      f();
    }
  }

  // ncss 4: declaration + label + if + break
  void labelled(boolean a) {
    block: {
      if (a) break block;
    }
  }

  // ncss 3: declaration + synchronized + f()
  void synchronizedBlock() {
    synchronized (this) {
      f();
    }
  }

  // ncss 2: declaration + assert
  void assertion(boolean a) {
    assert a : "message";
  }

  // ncss 1: empty statements and blocks are not counted
  void emptyStatements() {
    ;
    {}
  }

  // ncss 2: declaration + expression statement; the lambda in it is not looked into
  void lambdaInCall(List<Integer> list) {
    list.forEach(x -> {
      f();
      g();
    });
  }

  // ncss 4: declaration + local variable + the lambda's two statements
  void lambdaInVariable() {
    Runnable r = () -> {
      f();
      g();
    };
  }

  // ncss 2: declaration + expression-bodied lambda's variable; the lambda's expression is not a statement
  void expressionLambda() {
    Runnable r = () -> f();
  }

  // ncss 2: declaration + return; the anonymous class is not looked into
  Runnable anonymousReturned() {
    return new Runnable() {
      // ncss 2: declaration + f()
      @Override
      public void run() {
        f();
      }
    };
  }

  // ncss 4: declaration + local variable + the anonymous class's run() and its f()
  void anonymousInVariable() {
    Runnable r = new Runnable() {
      @Override
      public void run() {
        f();
      }
    };
  }

  // ncss 6: declaration + local class + its field + its method m() + f() + the call statement
  void localClass() {
    class Local {
      int x;

      void m() {
        f();
      }
    }
    new Local().m();
  }

  Ncss(int x) {}

  // ncss 3: declaration + this(...) + f()
  Ncss() {
    this(1);
    f();
  }

  abstract void f();

  abstract void g();
}
