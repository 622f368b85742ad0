package io.github.reviewagent.review.service;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How much the model review may take, and where it remembers what it was told.
 *
 * @param cacheDirectory review.cacheDirectory: model results by reviewed content, or null for no cache
 * @param concurrency    review.concurrency: parts of the change sent to the model at once
 * @param tokenBudget    review.tokenBudget: input plus output tokens the whole review may use, 0 for no limit
 * @param timeout        review.timeout: wall time of the whole model review
 * @param requestTimeout review.requestTimeout: the longest wait for one answer of the server, per attempt
 */
public record ModelLimits(Path cacheDirectory, int concurrency, long tokenBudget, Duration timeout, Duration requestTimeout) {

  public static final int DEFAULT_CONCURRENCY = 4;
  public static final int MAX_CONCURRENCY = 64;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(15);
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofMinutes(5);

  /** @throws IllegalArgumentException naming the parameter whose value is out of range */
  public ModelLimits {
    if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
      throw new IllegalArgumentException(
          "review.concurrency has the value " + concurrency + "; use a number from 1 to " + MAX_CONCURRENCY);
    }
    if (tokenBudget < 0) {
      throw new IllegalArgumentException("review.tokenBudget has the value " + tokenBudget + "; use 0 (no limit) or a positive number of tokens");
    }
    positive(timeout, "review.timeout");
    positive(requestTimeout, "review.requestTimeout");
  }

  /** The defaults: four at once, no token budget, 15 minutes in all, 5 minutes per answer. */
  public static ModelLimits defaults(Path cacheDirectory) {
    return new ModelLimits(cacheDirectory, DEFAULT_CONCURRENCY, 0, DEFAULT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
  }

  private static void positive(Duration value, String parameter) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(
          parameter + " has the value " + (value == null ? "none" : value.toSeconds()) + "; use a positive number of seconds");
    }
  }
}
