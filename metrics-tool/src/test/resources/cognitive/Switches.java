package fixtures;

/** Switch statements add 1 plus nesting and nest; switch expressions add nothing and do not nest. */
class Switches {

  void oldStyleStatement(int k) { // cognitive 1 = switch 1 (unlabelled breaks add nothing)
    switch (k) {
      case 1:
        k++;
        break;
      case 2:
      case 3:
        k--;
        break;
      default:
        break;
    }
  }

  void arrowStatement(int k) { // cognitive 1 = switch 1
    switch (k) {
      case 1, 2 -> k++;
      default -> k--;
    }
  }

  void statementNestsItsCases(int k, boolean a) { // cognitive 3 = switch 1 + if 2
    switch (k) {
      case 1 -> {
        if (a) {}
      }
      default -> {}
    }
  }

  void statementNestsItsSelector(boolean a) { // cognitive 3 = switch 1 + ?: 2
    switch (a ? 1 : 2) {
      default -> {}
    }
  }

  void nestedStatements(int k, int j) { // cognitive 3 = switch 1 + switch 2
    switch (k) {
      case 1:
        switch (j) {
          default:
            break;
        }
        break;
      default:
    }
  }

  int expression(int k) { // cognitive 0 = a switch expression adds nothing
    return switch (k) {
      case 1 -> 10;
      case 2, 3 -> 20;
      default -> 0;
    };
  }

  int oldStyleExpression(int k) { // cognitive 0
    return switch (k) {
      case 1:
        yield 10;
      default:
        yield 0;
    };
  }

  int expressionArmTernaryIsNotNested(int k, boolean a) { // cognitive 1 = ?: 1
    return switch (k) {
      case 1 -> a ? 1 : 2;
      default -> 0;
    };
  }

  int expressionArmBlock(int k, boolean a) { // cognitive 1 = if 1
    return switch (k) {
      case 1 -> {
        if (a) {
          yield 1;
        }
        yield 2;
      }
      default -> 0;
    };
  }

  void expressionInsideIf(int k, boolean a) { // cognitive 3 = if 1 + if 2
    if (a) {
      int x =
          switch (k) {
            case 1 -> {
              if (k > 1) {
                yield 1;
              }
              yield 2;
            }
            default -> 0;
          };
    }
  }

  int statementGuard(Object o, boolean ok) { // cognitive 2 = switch 1 + && 1
    switch (o) {
      case String s when s.isEmpty() && ok -> {
        return 1;
      }
      default -> {
        return 0;
      }
    }
  }

  int expressionGuard(Object o, boolean ok) { // cognitive 1 = && 1
    return switch (o) {
      case String s when s.isEmpty() && ok -> 1;
      case Integer i -> 2;
      default -> 0;
    };
  }

  record Point(int x, int y) {}

  int recordPattern(Object o) { // cognitive 1 = switch 1
    switch (o) {
      case Point(int x, int y) when x > y -> {
        return 1;
      }
      default -> {
        return 0;
      }
    }
  }
}
