package io.github.reviewagent.review.service;

import io.github.reviewagent.review.ReviewResult;
import java.nio.file.Path;
import java.util.List;

/**
 * A finished review.
 *
 * @param result  what the review found and the gate's verdict
 * @param reports the report files written
 */
public record ReviewOutcome(ReviewResult result, List<Path> reports) {

  public ReviewOutcome {
    reports = List.copyOf(reports);
  }
}
