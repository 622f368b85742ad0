package io.github.reviewagent.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private final RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(10));
  private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  private static HttpResponse withHeader(String name, String value) {
    return new HttpResponse(429, Map.of(name, List.of(value)), "");
  }

  @Test
  void retriesTransientStatusesOnly() {
    assertThat(List.of(408, 409, 429, 500, 502, 503, 504)).allMatch(status -> policy.retryable(status, null));
    assertThat(List.of(400, 401, 403, 404, 422)).noneMatch(status -> policy.retryable(status, null));
    assertThat(policy.retryable(429, "rate_limit_exceeded")).isTrue();
    assertThat(policy.retryable(429, "insufficient_quota")).isFalse();
  }

  @Test
  void retriesTimeoutsAndDropsButNotRefusalsOrTheOfflineGuard() {
    assertThat(policy.retryable(HttpFailure.Reason.TIMEOUT)).isTrue();
    assertThat(policy.retryable(HttpFailure.Reason.DROPPED)).isTrue();
    assertThat(policy.retryable(HttpFailure.Reason.CONNECT)).isFalse();
    assertThat(policy.retryable(HttpFailure.Reason.OFFLINE)).isFalse();
    assertThat(policy.retryable(HttpFailure.Reason.INTERRUPTED)).isFalse();
  }

  @Test
  void readsEveryFormOfTheServersWait() {
    assertThat(policy.serverDelay(withHeader("retry-after-ms", "1500.5"), clock)).contains(Duration.ofNanos(1_500_500_000));
    assertThat(policy.serverDelay(withHeader("Retry-After", "3"), clock)).contains(Duration.ofSeconds(3));
    assertThat(policy.serverDelay(withHeader("Retry-After", "Thu, 01 Jan 2026 00:00:07 GMT"), clock))
        .contains(Duration.ofSeconds(7));
    assertThat(policy.serverDelay(withHeader("Retry-After", "Wed, 31 Dec 2025 23:59:00 GMT"), clock))
        .contains(Duration.ZERO);
    assertThat(policy.serverDelay(withHeader("Retry-After", "soon"), clock)).isEmpty();
    assertThat(policy.serverDelay(new HttpResponse(429, Map.of(), ""), clock)).isEmpty();
    // retry-after-ms wins over Retry-After, as in openai-java
    HttpResponse both = new HttpResponse(429, Map.of("retry-after-ms", List.of("200"), "retry-after", List.of("9")), "");
    assertThat(policy.serverDelay(both, clock)).contains(Duration.ofMillis(200));
  }

  @Test
  void backoffIsFullJitterUnderADoublingCeilingCappedAtMaxDelay() {
    Random random = new Random(1);
    for (int retry = 1; retry <= 10; retry++) {
      long ceiling = Math.min(10_000, 500L << (retry - 1));
      for (int i = 0; i < 50; i++) {
        assertThat(policy.backoff(retry, random).toMillis()).isBetween(0L, ceiling);
      }
    }
    // the jitter spreads: not every wait of the fourth retry is the same
    assertThat(java.util.stream.IntStream.range(0, 20).mapToObj(i -> policy.backoff(4, random)).distinct().count())
        .isGreaterThan(10);
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
  }
}
