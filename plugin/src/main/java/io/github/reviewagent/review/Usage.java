package io.github.reviewagent.review;

/** Model usage summed over a review, from the servers' {@code usage} fields. */
public record Usage(long requests, long inputTokens, long cachedInputTokens, long outputTokens) {

  public static final Usage NONE = new Usage(0, 0, 0, 0);

  public Usage plus(Usage other) {
    return new Usage(
        requests + other.requests,
        inputTokens + other.inputTokens,
        cachedInputTokens + other.cachedInputTokens,
        outputTokens + other.outputTokens);
  }
}
