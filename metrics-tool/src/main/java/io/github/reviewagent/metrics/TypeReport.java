package io.github.reviewagent.metrics;

import java.util.List;

/**
 * One measured type: a class, interface, enum, record or annotation, also nested, local or anonymous.
 *
 * @param name        dotted name from the outermost type, e.g. {@code Outer.Inner}; local and anonymous
 *                    classes take javac's binary-name suffix, e.g. {@code Outer$1} or {@code Outer$1Local}
 * @param kind        class, interface, enum, record, annotation or anonymous
 * @param wmc         weighted method count: the sum of the cyclomatic complexity of its methods
 * @param methodCount methods and constructors declared directly in the type
 * @param fieldCount  fields declared directly in the type (each variable of a multi-variable declaration)
 * @param ncss        NCSS of the whole type declaration
 * @param methods     methods and constructors declared directly in the type, in source order
 */
public record TypeReport(
    String name,
    Kind kind,
    int line,
    int endLine,
    int wmc,
    int methodCount,
    int fieldCount,
    int ncss,
    List<MethodReport> methods) {

  public TypeReport {
    methods = List.copyOf(methods);
  }

  /** What was declared. */
  public enum Kind {
    CLASS,
    INTERFACE,
    ENUM,
    RECORD,
    ANNOTATION,
    ANONYMOUS;

    /** The lower-case name used in JSON. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
