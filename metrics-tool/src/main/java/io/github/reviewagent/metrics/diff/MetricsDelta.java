package io.github.reviewagent.metrics.diff;

import io.github.reviewagent.metrics.MethodMetrics;

/**
 * Head minus base for each metric of one method: positive means the change made it more complex.
 *
 * <p>{@code npath} cannot overflow: both sides lie in {@code [0, Long.MAX_VALUE]}.
 */
public record MetricsDelta(
    int cyclomatic, int cognitive, long npath, int ncss, int loc, int maxNesting, int parameters) {

  /** The change from {@code base} to {@code head}. */
  public static MetricsDelta between(MethodMetrics base, MethodMetrics head) {
    return new MetricsDelta(
        head.cyclomatic() - base.cyclomatic(),
        head.cognitive() - base.cognitive(),
        head.npath() - base.npath(),
        head.ncss() - base.ncss(),
        head.loc() - base.loc(),
        head.maxNesting() - base.maxNesting(),
        head.parameters() - base.parameters());
  }

  /** True when no metric moved. */
  public boolean isZero() {
    return cyclomatic == 0
        && cognitive == 0
        && npath == 0
        && ncss == 0
        && loc == 0
        && maxNesting == 0
        && parameters == 0;
  }
}
