package io.github.reviewagent.agent;

import io.github.reviewagent.metrics.tool.MeasuredFile;
import io.github.reviewagent.review.ReviewedFile;
import java.util.Objects;

/**
 * A file the model reviews. Only files the user included may be passed: whatever is here may be sent to the
 * model (after redaction).
 *
 * @param file     the file, its changed lines and the measured metrics of its methods (head side); the
 *                 metrics are what claims about complexity are checked against
 * @param text     its current text (the working tree)
 * @param baseText its text at the base commit, or null when it is new or there is no base
 * @param measured what the review measured of {@code text} (compared with {@code baseText}), which
 *                 {@code get_code_metrics} answers from instead of parsing the file again; null when unknown
 */
public record FileUnderReview(ReviewedFile file, String text, String baseText, MeasuredFile measured) {

  public FileUnderReview {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
  }

  /** Repository-relative path with {@code /}. */
  public String path() {
    return file.path();
  }
}
