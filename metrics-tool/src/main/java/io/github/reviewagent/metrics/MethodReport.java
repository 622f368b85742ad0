package io.github.reviewagent.metrics;

/**
 * One measured method or constructor.
 *
 * @param name      simple name ({@code <init>} is never used: constructors carry their type's name)
 * @param signature name and erased parameter types as written, e.g. {@code parse(String,int)}; with the
 *                  enclosing type name it identifies the method across two versions of a file
 * @param kind      method or constructor
 * @param line      first line of the declaration (its first annotation or modifier, if any)
 * @param endLine   last line of the declaration
 */
public record MethodReport(
    String name, String signature, Kind kind, int line, int endLine, MethodMetrics metrics) {

  /** What was declared. */
  public enum Kind {
    METHOD,
    CONSTRUCTOR;

    /** The lower-case name used in JSON. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
