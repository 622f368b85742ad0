package fixtures;

/**
 * Anonymous and local classes nest and count in the enclosing method; their own methods score 0. Which
 * classes count as local follows the compiler's notion of a class declared in a method.
 */
class NestedClasses {

  void anonymousClass(boolean a) { // cognitive 2 = if 2
    Runnable r =
        new Runnable() {
          @Override // cognitive 0 = counted in anonymousClass (a method's first line is its first annotation)
          public void run() {
            if (a) {}
          }
        };
  }

  void anonymousClassArgumentsAreNotNested(boolean a) { // cognitive 3 = ?: 1 + if 2
    new Thread(a ? "x" : "y") {
      @Override // cognitive 0
      public void run() {
        if (a) {}
      }
    };
  }

  void localClass() { // cognitive 2 = if 2
    class Local {
      void method(boolean x) { // cognitive 0 = counted in localClass
        if (x) {}
      }
    }
  }

  void localRecord() { // cognitive 4 = if 2 + ?: 2
    record Range(int low, int high) {
      Range { // cognitive 0 = counted in localRecord
        if (low > high) throw new IllegalArgumentException();
      }

      int width() { // cognitive 0
        return high > low ? high - low : 0;
      }
    }
  }

  void localInterface() { // cognitive 2 = if 2
    interface Local {
      default void method(boolean x) { // cognitive 0
        if (x) {}
      }
    }
  }

  void memberOfLocalClass() { // cognitive 3 = if 3 (class 1 + class 1)
    class Local {
      class Member {
        void method(boolean x) { // cognitive 0 = a member of a local class is local too
          if (x) {}
        }
      }
    }
  }

  void staticMemberOfLocalClass() { // cognitive 3 = if 3
    class Local {
      static class Member {
        void method(boolean x) { // cognitive 0
          if (x) {}
        }
      }
    }
  }

  void memberOfAnonymousClass() { // cognitive 3 = if 3 (class 1 + class 1)
    new Object() {
      class Member {
        void method(boolean x) { // cognitive 0 = counted in memberOfAnonymousClass
          if (x) {}
        }
      }
    };
  }

  void anonymousInLocalClass() { // cognitive 3 = if 3
    class Local {
      void method() { // cognitive 0
        new Object() {
          void inner(boolean x) { // cognitive 0
            if (x) {}
          }
        };
      }
    }
  }

  void localClassInLocalClassInitializer() { // cognitive 3 = if 3
    class Local {
      {
        class Inner {
          void method(boolean x) { // cognitive 1 = owned by an initializer, not a method: scored on its own
            if (x) {}
          }
        }
      }
    }
  }

  void memberOfAnonymousInLocalClassField() { // cognitive 4 = if 4 (class 1 + class 1 + class 1)
    class Local {
      Object field =
          new Object() {
            class Member {
              void method(boolean x) { // cognitive 1 = owned by a field initializer: scored on its own
                if (x) {}
              }
            }
          };
    }
  }

  NestedClasses() { // cognitive 2 = if 2
    class InConstructor {
      void method(boolean x) { // cognitive 0
        if (x) {}
      }
    }
  }

  static {
    class InStaticInitializer {
      void method(boolean x) { // cognitive 1 = no enclosing method
        if (x) {}
      }
    }
  }

  Object anonymousInField =
      new Object() {
        void method(boolean x) { // cognitive 0 = methods of anonymous classes always score 0
          if (x) {}
        }
      };

  Object memberOfAnonymousInField =
      new Object() {
        class Member {
          void method(boolean x) { // cognitive 1 = owned by a field initializer
            if (x) {}
          }
        }
      };

  class Member {
    void method(boolean x) { // cognitive 1 = member classes are scored as usual
      if (x) {}
    }
  }

  enum Operation {
    PLUS {
      int apply(int a, int b) { // cognitive 0 = an enum constant body is an anonymous class
        return a > b ? a : b;
      }
    },
    MINUS;

    int apply(int a, int b) { // cognitive 1 = ?: 1
      return a > b ? a : b;
    }
  }

  void localClassInLambda() { // cognitive 3 = if 3 (lambda 1 + class 1)
    Runnable r =
        () -> {
          class Local {
            void method(boolean x) { // cognitive 0 = owned by the method around the lambda
              if (x) {}
            }
          }
        };
  }

  void lambdaInFieldOfAnonymousClass(boolean a) { // cognitive 3 = if 3 (class 1 + lambda 1)
    new Object() {
      Runnable field =
          () -> {
            if (a) {}
          };
    };
  }

  enum MemberInConstantBody {
    A {
      class Member {
        void method(boolean x) { // cognitive 1 = owned by no method
          if (x) {}
        }
      }
    }
  }

  record Interval(int low, int high) {
    Interval { // cognitive 1 = if 1
      if (low > high) throw new IllegalArgumentException();
    }
  }
}
