package io.github.reviewagent.agent;

import io.github.reviewagent.metrics.MetricsAnalyzer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the model review runs.
 *
 * @param model             the model name sent to the server (also part of the cache key)
 * @param unitTokenBudget   estimated tokens (characters / 4) of code per review unit; larger changes are
 *                          split across units
 * @param concurrency       review units in flight at once
 * @param maxToolRounds     rounds of tool calls per unit; past it the model is asked once to answer without
 *                          tools
 * @param toolConcurrency   tool calls running at once, across all units
 * @param toolTimeout       how long one turn's tool calls may take together
 * @param buildTokenBudget  total input plus output tokens for the whole review, or 0 for no limit; units that
 *                          would exceed it are not reviewed (and named in the notes)
 * @param reviewTimeout     wall time for the whole model review; turns not started by then are not sent
 * @param maxOutputTokens   cap on tokens per reply, or 0 for the server's default
 * @param structuredOutputs whether to ask for structured outputs (a JSON schema); turned off for the rest of
 *                          the review when the server rejects it
 * @param cacheDirectory    where model results are cached by reviewed content, or null for no cache
 * @param javaVersion       the Java release whose syntax the sources use
 */
public record ModelReviewSettings(
    String model,
    int unitTokenBudget,
    int concurrency,
    int maxToolRounds,
    int toolConcurrency,
    Duration toolTimeout,
    long buildTokenBudget,
    Duration reviewTimeout,
    int maxOutputTokens,
    boolean structuredOutputs,
    Path cacheDirectory,
    int javaVersion) {

  public static final int DEFAULT_UNIT_TOKEN_BUDGET = 6_000;
  public static final int DEFAULT_CONCURRENCY = 4;
  public static final int DEFAULT_MAX_TOOL_ROUNDS = 6;
  public static final int DEFAULT_TOOL_CONCURRENCY = 4;
  public static final Duration DEFAULT_TOOL_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_REVIEW_TIMEOUT = Duration.ofMinutes(15);

  public ModelReviewSettings {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(toolTimeout, "toolTimeout");
    Objects.requireNonNull(reviewTimeout, "reviewTimeout");
    atLeast("unitTokenBudget", unitTokenBudget, 200);
    atLeast("concurrency", concurrency, 1);
    atLeast("maxToolRounds", maxToolRounds, 0);
    atLeast("toolConcurrency", toolConcurrency, 1);
    atLeast("buildTokenBudget", buildTokenBudget, 0);
    atLeast("maxOutputTokens", maxOutputTokens, 0);
    try {
      MetricsAnalyzer.languageLevel(javaVersion);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("javaVersion " + javaVersion + " is not a Java release JavaParser knows", e);
    }
    if (toolTimeout.isNegative() || toolTimeout.isZero() || reviewTimeout.isNegative() || reviewTimeout.isZero()) {
      throw new IllegalArgumentException("toolTimeout and reviewTimeout must be positive");
    }
  }

  /** The defaults above, structured outputs on, no token budget, Java 21. */
  public static ModelReviewSettings defaults(String model, Path cacheDirectory) {
    return new ModelReviewSettings(
        model,
        DEFAULT_UNIT_TOKEN_BUDGET,
        DEFAULT_CONCURRENCY,
        DEFAULT_MAX_TOOL_ROUNDS,
        DEFAULT_TOOL_CONCURRENCY,
        DEFAULT_TOOL_TIMEOUT,
        0,
        DEFAULT_REVIEW_TIMEOUT,
        0,
        true,
        cacheDirectory,
        21);
  }

  private static void atLeast(String name, long value, long minimum) {
    if (value < minimum) {
      throw new IllegalArgumentException(name + " is " + value + "; it must be at least " + minimum);
    }
  }
}
