import java.util.List;
import java.util.Map;

/** Lines and parameters of declarations, counted by hand. */
abstract class Declarations {

  /**
   * Javadoc is not part of the declaration.
   */
  // loc 4: from the annotation to the closing brace
  // parameters 2
  @Deprecated
  public <T> void annotated(
      Map<String, List<T>> map, int count) {
  }

  // loc 1: one line
  // parameters 0
  void oneLine() {}

  // loc 1
  // parameters 1: varargs is one parameter
  abstract void varargs(String... values);

  // loc 3: from the modifier
  // parameters 1
  public Declarations(int x) {
    this();
  }

  // loc 1
  // parameters 0
  Declarations() {}

  record Range(int from, int to) {
    // loc 5
    // parameters 0: a compact constructor declares no parameters
    Range {
      if (from > to) {
        throw new IllegalArgumentException();
      }
    }
  }

  @interface Marker {
    // loc 1
    // parameters 0
    String value() default "";
  }

  interface Shape {
    // loc 3
    // parameters 1
    default boolean larger(Shape other) {
      return area() > other.area();
    }

    // loc 1
    // parameters 0
    double area();

    // loc 3
    // parameters 1
    static Shape unit(double side) {
      return () -> side * side;
    }
  }

  enum Op {
    PLUS {
      // loc 3
      // parameters 2
      int apply(int a, int b) {
        return a + b;
      }
    };

    // loc 1
    // parameters 2
    abstract int apply(int a, int b);
  }
}
