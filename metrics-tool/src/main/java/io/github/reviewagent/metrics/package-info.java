/**
 * Complexity metrics of Java source, computed with JavaParser: {@link io.github.reviewagent.metrics.MetricsAnalyzer}
 * turns source text into {@link io.github.reviewagent.metrics.FileReport}s.
 */
package io.github.reviewagent.metrics;
