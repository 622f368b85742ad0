package fixtures;

/** try and finally add nothing and do not nest; each catch adds 1 plus nesting and nests. */
class Exceptions {

  void tryCatch() { // cognitive 1 = catch 1
    try {
      run();
    } catch (RuntimeException e) {
    }
  }

  void twoCatches() { // cognitive 2 = catch 1 + catch 1
    try {
      run();
    } catch (IllegalStateException e) {
    } catch (RuntimeException e) {
    }
  }

  void multiCatch() { // cognitive 1 = catch 1
    try {
      run();
    } catch (IllegalStateException | IllegalArgumentException e) {
    }
  }

  void tryWithoutCatch(boolean a) { // cognitive 2 = if 1 + if 1 (neither try nor finally nests)
    try {
      if (a) {}
    } finally {
      if (a) {}
    }
  }

  void catchNests(boolean a) { // cognitive 3 = catch 1 + if 2
    try {
      run();
    } catch (RuntimeException e) {
      if (a) {}
    }
  }

  void catchInLoop(int n) { // cognitive 3 = for 1 + catch 2
    for (int i = 0; i < n; i++) {
      try {
        run();
      } catch (RuntimeException e) {
      }
    }
  }

  void resources(boolean a) throws Exception { // cognitive 5 = ?: 1 + catch 1 + if 2 + catch 1
    try (java.io.Reader r = new java.io.StringReader(a ? "a" : "b")) {
      run();
    } catch (RuntimeException | java.io.IOException e) {
      if (a) {}
    } catch (Error e) {
    }
  }

  void throwAddsNothing(boolean a) { // cognitive 1 = if 1
    if (a) {
      throw new IllegalStateException();
    }
  }

  void run() {} // cognitive 0
}
