package io.github.reviewagent.report;

import io.github.reviewagent.review.ReviewResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Writes the review's report files. */
public interface ReportWriter {

  /**
   * Writes one file per format into {@code directory} (created if missing).
   *
   * @param sources the current text of a file by its repository-relative path, for code excerpts
   * @return the files written
   */
  List<Path> write(
      ReviewResult result, Path directory, Set<ReportFormat> formats, Function<String, Optional<String>> sources)
      throws IOException;

  /**
   * Does ahead of time, for example on a background thread while the review runs, what writing these formats will
   * need whatever the review finds, so that it is quick when it comes. Writes no file and never throws. Doing
   * nothing is correct.
   */
  default void warmUp(Set<ReportFormat> formats) {}
}
