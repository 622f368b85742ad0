import java.util.List;

/** Deepest nesting of control structures, one construct per method, counted by hand. */
abstract class Nesting {

  // maxNesting 0: no control structure
  void straight() {
    f();
  }

  // maxNesting 1: if
  void ifOnly(boolean a) {
    if (a) f();
  }

  // maxNesting 1: else-if chains stay on one level
  void elseIfChain(int x) {
    if (x == 1) {
      f();
    } else if (x == 2) {
      f();
    } else if (x == 3) {
      f();
    } else {
      g();
    }
  }

  // maxNesting 2: an if in the else block is nested
  void ifInElseBlock(boolean a, boolean b) {
    if (a) {
      f();
    } else {
      if (b) g();
    }
  }

  // maxNesting 3: for > while > do
  void loops(List<String> list, boolean a) {
    for (String s : list) {
      while (a) {
        do f(); while (a);
      }
    }
  }

  // maxNesting 2: switch > if
  void switchIf(int x, boolean a) {
    switch (x) {
      case 1:
        if (a) f();
        break;
      default:
        g();
    }
  }

  // maxNesting 2: try > if in the catch block
  void tryCatch(boolean a) {
    try {
      f();
    } catch (RuntimeException e) {
      if (a) g();
    }
  }

  // maxNesting 2: if > switch expression
  int switchExpressionInIf(boolean a, int x) {
    if (a) {
      return switch (x) {
        case 1 -> 1;
        default -> 2;
      };
    }
    return 0;
  }

  // maxNesting 0: ?: is an expression, not a control structure
  int ternary(boolean a) {
    return a ? 1 : 2;
  }

  // maxNesting 0: synchronized and labels open no level
  void synchronizedAndLabel() {
    synchronized (this) {
      label: f();
    }
  }

  // maxNesting 2: a lambda's code is part of the method (if > the lambda's if); the lambda itself opens no level
  void lambda(List<Integer> list, boolean a) {
    if (a) {
      list.forEach(x -> {
        if (x > 0) f();
      });
    }
  }

  // maxNesting 1: an anonymous class's code is not part of the method
  void anonymous(boolean a) {
    if (a) {
      Runnable r = new Runnable() {
        // maxNesting 2: its own if > if
        @Override
        public void run() {
          if (a) {
            if (a) f();
          }
        }
      };
    }
  }

  // maxNesting 0: a local class's code is not part of the method
  void local(boolean a) {
    class Local {
      // maxNesting 1
      void m() {
        if (a) f();
      }
    }
    new Local().m();
  }

  // maxNesting 6: deep nesting
  void deep(boolean a, List<String> list) {
    if (a) {
      for (String s : list) {
        while (a) {
          try {
            switch (s) {
              case "x":
                if (a) f();
                break;
              default:
            }
          } finally {
            g();
          }
        }
      }
    }
  }

  abstract void f();

  abstract void g();
}
