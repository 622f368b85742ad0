package io.github.reviewagent.gate;

import io.github.reviewagent.review.Severity;

/**
 * What fails the build.
 *
 * @param failOn           the lowest severity that fails it, or null for {@code none}
 * @param changedLinesOnly true for {@code scope=changed}: only findings on changed lines count; false when the
 *                         whole code base is under review ({@code scope=all}, or no git history)
 * @param failOnModelError whether a model review that could not finish fails the build
 */
public record GatePolicy(Severity failOn, boolean changedLinesOnly, boolean failOnModelError) {

  /** The id users write: a severity id or {@code none}. */
  public String failOnId() {
    return failOn == null ? "none" : failOn.id();
  }
}
