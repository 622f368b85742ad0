package io.github.reviewagent.review;

/**
 * One thing a reviewer says about the code.
 *
 * @param ruleId        e.g. {@code complexity.cognitive}; must name a {@link Rule} of the review
 * @param path          relative to the git repository root, with {@code /}
 * @param startLine     1-based, on the new side of the change
 * @param endLine       1-based, at least {@code startLine}
 * @param message       one or two sentences a developer can act on
 * @param suggestion    how to fix it, or null
 * @param fingerprint   stable across line moves: the same problem keeps the same fingerprint
 * @param onChangedLine whether the finding touches a line the change added or modified
 * @param suppressed    whether the code suppresses it (it is reported, marked, and never gates)
 */
public record Finding(
    String ruleId,
    Severity severity,
    Source source,
    String path,
    int startLine,
    int endLine,
    String message,
    String suggestion,
    String fingerprint,
    boolean onChangedLine,
    boolean suppressed) {

  /** Who found it. */
  public enum Source {
    METRICS,
    MODEL;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Finding withSuppressed(boolean value) {
    return new Finding(ruleId, severity, source, path, startLine, endLine, message, suggestion, fingerprint, onChangedLine, value);
  }
}
