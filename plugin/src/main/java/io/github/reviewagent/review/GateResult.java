package io.github.reviewagent.review;

/**
 * The verdict of the quality gate.
 *
 * @param failOn the lowest severity that fails the build, or null for {@code none}
 * @param reason one sentence: why it failed, or why it passed
 */
public record GateResult(Severity failOn, boolean failed, String reason) {

  /** The id users write: a severity id or {@code none}. */
  public String failOnId() {
    return failOn == null ? "none" : failOn.id();
  }
}
