package fixtures;

/** The specification adds 1 per recursion cycle; SonarSource's Java analyzer adds nothing. */
class Recursion {

  int factorial(int n) { // cognitive 1 = if 1 (the recursive call adds nothing)
    if (n < 2) {
      return 1;
    }
    return n * factorial(n - 1);
  }

  int viaThis(int n) { // cognitive 1 = ?: 1
    return n <= 0 ? 0 : this.viaThis(n - 1);
  }

  boolean isEven(int n) { // cognitive 1 = ?: 1 (mutual recursion adds nothing either)
    return n == 0 ? true : isOdd(n - 1);
  }

  boolean isOdd(int n) { // cognitive 1 = ?: 1
    return n == 0 ? false : isEven(n - 1);
  }

  int overloadNotRecursion(int n) { // cognitive 0
    return overloadNotRecursion(n, 1);
  }

  int overloadNotRecursion(int n, int m) { // cognitive 0
    return n + m;
  }
}
