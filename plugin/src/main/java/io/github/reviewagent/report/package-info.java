/**
 * The review's report files and console summary. {@link io.github.reviewagent.report.DefaultReportWriter}
 * writes the files of the asked {@link io.github.reviewagent.report.ReportFormat}s from a
 * {@link io.github.reviewagent.review.ReviewResult}; {@link io.github.reviewagent.report.ConsoleReport} gives
 * the lines for Maven's log. Everything else here is one small renderer per format and its wire records.
 */
package io.github.reviewagent.report;
