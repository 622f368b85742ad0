package io.github.reviewagent.review.service;

import io.github.reviewagent.review.ReviewResult;
import java.nio.file.Path;
import java.util.List;

/**
 * A finished review.
 *
 * @param result       what the review found and the gate's verdict
 * @param reports      the report files written
 * @param modelProblem why the model review asked for did not finish, or null: it finished, or none was asked
 *                     for. When the gate failed because of it, the build could not run as configured (an error,
 *                     not a verdict on the code)
 */
public record ReviewOutcome(ReviewResult result, List<Path> reports, String modelProblem) {

  public ReviewOutcome {
    reports = List.copyOf(reports);
  }
}
