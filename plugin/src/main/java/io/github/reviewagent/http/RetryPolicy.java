package io.github.reviewagent.http;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The one retry policy for every call to a model server, after openai-java's: retry 408, 409, 429 and 5xx
 * (never 429 {@code insufficient_quota}: more attempts cannot add quota), timeouts and dropped connections;
 * not refused connections, unknown hosts or TLS failures, which a retry a second later does not fix. Waits
 * what the server asks ({@code retry-after-ms}, {@code Retry-After} in seconds or as an HTTP date), else an
 * exponential backoff with full jitter; gives up early when the server asks for more than {@code maxDelay}.
 *
 * @param maxAttempts  attempts in all, at least 1
 * @param initialDelay the backoff ceiling before the first retry; it doubles with each retry
 * @param maxDelay     the longest wait between attempts, whoever asks for it
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {

  /** Four attempts, backoff from 0.5 s, waits of at most a minute. */
  public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(60));

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    if (initialDelay.isNegative() || maxDelay.isNegative()) {
      throw new IllegalArgumentException("retry delays must not be negative");
    }
  }

  /** Whether a response with this status and error code is worth another attempt. */
  public boolean retryable(int status, String errorCode) {
    if (status == 429) {
      return !"insufficient_quota".equals(errorCode);
    }
    return status == 408 || status == 409 || status >= 500;
  }

  /** Whether a call that got no response is worth another attempt. */
  public boolean retryable(HttpFailure.Reason reason) {
    return reason == HttpFailure.Reason.TIMEOUT || reason == HttpFailure.Reason.DROPPED;
  }

  /** The wait the server asked for, if it did in a form we understand. */
  public Optional<Duration> serverDelay(HttpResponse response, Clock clock) {
    Optional<String> millis = response.header("retry-after-ms");
    if (millis.isPresent()) {
      try {
        return Optional.of(Duration.ofNanos(Math.max(0, (long) (Double.parseDouble(millis.get().strip()) * 1e6))));
      } catch (NumberFormatException ignored) {
        // fall through to Retry-After
      }
    }
    Optional<String> after = response.header("retry-after").map(String::strip);
    if (after.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.ofMillis(Math.max(0, (long) (Double.parseDouble(after.get()) * 1000))));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime date = ZonedDateTime.parse(after.get(), DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = Duration.between(clock.instant(), date.toInstant());
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }

  /** The backoff before retry number {@code retry} (1 for the first): uniform in [0, min(max, initial * 2^(retry-1))]. */
  public Duration backoff(int retry, RandomGenerator random) {
    long ceiling = Math.min(maxDelay.toMillis(), initialDelay.toMillis() << Math.min(retry - 1, 30));
    return Duration.ofMillis((long) (random.nextDouble() * ceiling));
  }
}
