package io.github.reviewagent.metrics.tool;

import io.github.reviewagent.metrics.FileReport;
import io.github.reviewagent.metrics.diff.FileDiff;
import java.util.Objects;

/**
 * A file measured before the model asked, for {@link GetCodeMetricsTool} to answer from instead of parsing it
 * again. The tool uses it only while it still applies: the same Java release, the file's text exactly as
 * measured, and for the comparison the same base text; otherwise it measures as usual.
 *
 * @param javaVersion the Java release whose syntax the measurement accepted
 * @param text        the text that was measured
 * @param head        the measurement of {@code text}
 * @param baseText    the base text {@code text} was compared with, or null when it was not compared
 * @param diff        that comparison as {@link io.github.reviewagent.metrics.diff.MetricsDiff#compare} gives it, or
 *                    null when it was not compared
 */
public record MeasuredFile(int javaVersion, String text, FileReport head, String baseText, FileDiff diff) {

  public MeasuredFile {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(head, "head");
    if ((baseText == null) != (diff == null)) {
      throw new IllegalArgumentException("a comparison needs both its base text and its result");
    }
  }

  /** A file measured on its own. */
  public static MeasuredFile of(int javaVersion, String text, FileReport head) {
    return new MeasuredFile(javaVersion, text, head, null, null);
  }

  /** A file compared with its base text; its measurement is the comparison's head. */
  public static MeasuredFile compared(int javaVersion, String baseText, String text, FileDiff diff) {
    return new MeasuredFile(javaVersion, text, diff.head(), baseText, diff);
  }

  /** The path only: the texts would flood logs and test reports. */
  @Override
  public String toString() {
    return "MeasuredFile[" + head.path() + (diff == null ? "" : ", compared") + "]";
  }
}
