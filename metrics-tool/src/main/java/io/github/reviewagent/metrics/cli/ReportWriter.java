package io.github.reviewagent.metrics.cli;

import io.github.reviewagent.metrics.FileReport;
import java.io.IOException;

/** Writes file reports as they arrive, so a large tree never sits in memory. */
sealed interface ReportWriter permits JsonReportWriter, TextReportWriter {

  void file(FileReport report) throws IOException;

  /** Completes the output; the underlying stream stays open. */
  void finish() throws IOException;
}
