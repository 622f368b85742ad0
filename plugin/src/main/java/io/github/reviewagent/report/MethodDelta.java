package io.github.reviewagent.report;

import io.github.reviewagent.metrics.MethodMetrics;
import io.github.reviewagent.metrics.MethodReport;
import io.github.reviewagent.metrics.diff.MethodChange;
import java.util.Comparator;

/**
 * What a change did to one method's complexity, with the file it lives in.
 *
 * <p>A new method is compared with an empty one (cognitive 0, cyclomatic 1), the least any method has, so
 * adding a trivial method is no rise while adding a tangled one is.
 */
record MethodDelta(String path, MethodChange change) {

  static final Comparator<MethodDelta> BIGGEST_RISE_FIRST =
      Comparator.comparingInt(MethodDelta::cognitiveDelta)
          .reversed()
          .thenComparing(Comparator.comparingInt(MethodDelta::cyclomaticDelta).reversed())
          .thenComparing(MethodDelta::path)
          .thenComparing(MethodDelta::label);

  private static final MethodMetrics EMPTY_METHOD = new MethodMetrics(1, 0, 1, 0, 0, 0, 0);

  /** {@code Type.signature}, e.g. {@code Parser.Inner.parse(String,int)}. */
  String label() {
    return change.type() + "." + change.signature();
  }

  boolean isNew() {
    return change.change() == MethodChange.Change.ADDED;
  }

  boolean isRemoved() {
    return change.change() == MethodChange.Change.REMOVED;
  }

  /** Metrics at the base, or null for a new method. */
  MethodMetrics base() {
    return metrics(change.base());
  }

  /** Metrics at the head, or null for a removed method. */
  MethodMetrics head() {
    return metrics(change.head());
  }

  int cognitiveDelta() {
    return orEmpty(head()).cognitive() - orEmpty(base()).cognitive();
  }

  int cyclomaticDelta() {
    return orEmpty(head()).cyclomatic() - orEmpty(base()).cyclomatic();
  }

  /** Whether the method still exists and its cognitive or cyclomatic complexity went up. */
  boolean rose() {
    return head() != null && (cognitiveDelta() > 0 || cyclomaticDelta() > 0);
  }

  private static MethodMetrics metrics(MethodReport report) {
    return report == null ? null : report.metrics();
  }

  private static MethodMetrics orEmpty(MethodMetrics metrics) {
    return metrics == null ? EMPTY_METHOD : metrics;
  }
}
