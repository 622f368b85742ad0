package io.github.reviewagent.agent;

import io.github.reviewagent.review.Usage;

/** Usage summed over every turn of a review, and the optional per-build token budget. Thread-safe. */
final class UsageMeter {

  private final long budget;
  private Usage total = Usage.NONE;

  /** @param budget input plus output tokens allowed, or 0 for no limit */
  UsageMeter(long budget) {
    this.budget = budget;
  }

  /**
   * Adds one turn. A turn is at least one request, whatever the provider counted (an Assistants turn may
   * take several).
   */
  synchronized void add(Usage turn) {
    Usage usage = turn == null ? Usage.NONE : turn;
    total = total.plus(new Usage(Math.max(1, usage.requests()), usage.inputTokens(), usage.cachedInputTokens(), usage.outputTokens()));
  }

  synchronized Usage total() {
    return total;
  }

  /** Whether a unit estimated at this many tokens still fits the budget. */
  synchronized boolean fits(long estimate) {
    return budget == 0 || used() + estimate <= budget;
  }

  synchronized boolean exhausted() {
    return budget > 0 && used() >= budget;
  }

  long budget() {
    return budget;
  }

  private long used() {
    return total.inputTokens() + total.outputTokens();
  }
}
