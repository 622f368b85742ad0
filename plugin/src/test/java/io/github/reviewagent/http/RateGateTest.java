package io.github.reviewagent.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewagent.testing.FakeTiming;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The adaptive limit on requests in flight: halved by a 429 burst, grown back by rounds of answers. */
class RateGateTest {

  private final FakeTiming time = new FakeTiming();
  private final RateGate gate = new RateGate(time.timing());

  private List<RateGate.Pass> enter(int count) throws InterruptedException {
    List<RateGate.Pass> passes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      passes.add(gate.enter());
    }
    return passes;
  }

  @Test
  void withoutARateLimitNothingWaits() throws InterruptedException {
    enter(50);

    assertThat(gate.limit()).isEqualTo(Integer.MAX_VALUE);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void aRateLimitHalvesWhatWasInFlightOncePerBurst() throws InterruptedException {
    List<RateGate.Pass> passes = enter(4);

    assertThat(gate.rateLimited(passes.get(0), Duration.ZERO)).isEqualTo(2);
    // The other three were sent before the cut: their 429s are the same burst, not a new one.
    assertThat(gate.rateLimited(passes.get(1), Duration.ZERO)).isZero();
    assertThat(gate.rateLimited(passes.get(2), Duration.ZERO)).isZero();
    gate.succeeded(passes.get(3));

    assertThat(gate.limit()).isEqualTo(2);
  }

  @Test
  void aRateLimitOfARequestSentAfterTheCutCutsAgain() throws InterruptedException {
    List<RateGate.Pass> eight = enter(8);
    assertThat(gate.rateLimited(eight.get(0), Duration.ZERO)).isEqualTo(4);
    eight.subList(1, 8).forEach(p -> gate.failed());

    List<RateGate.Pass> four = enter(4);
    assertThat(gate.rateLimited(four.get(0), Duration.ZERO)).isEqualTo(2);
    four.subList(1, 4).forEach(p -> gate.failed());

    List<RateGate.Pass> two = enter(2);
    assertThat(gate.rateLimited(two.get(0), Duration.ZERO)).isEqualTo(1);
    assertThat(gate.limit()).isEqualTo(1);
  }

  @Test
  void eachRoundOfAnswersAllowsOneMore() throws InterruptedException {
    List<RateGate.Pass> burst = enter(4);
    gate.rateLimited(burst.get(0), Duration.ZERO);
    burst.subList(1, 4).forEach(gate::succeeded);
    assertThat(gate.limit()).as("answers to requests sent before the cut do not count").isEqualTo(2);

    for (int i = 0; i < 2; i++) {
      gate.succeeded(gate.enter());
    }
    assertThat(gate.limit()).isEqualTo(3);
    for (int i = 0; i < 3; i++) {
      gate.succeeded(gate.enter());
    }
    assertThat(gate.limit()).isEqualTo(4);
  }

  @Test
  void nobodyStartsARequestWhileTheServerAskedToWait() throws InterruptedException {
    RateGate.Pass limited = gate.enter();
    gate.rateLimited(limited, Duration.ofSeconds(3));

    gate.enter();

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void aRequestOverTheLimitWaitsForAFreeSlot() throws InterruptedException {
    List<RateGate.Pass> two = enter(2);
    gate.rateLimited(two.get(0), Duration.ZERO);
    RateGate.Pass holding = two.get(1);
    assertThat(gate.limit()).isEqualTo(1);

    Thread waiter = new Thread(() -> {
      try {
        gate.enter();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    waiter.start();
    while (waiter.getState() != Thread.State.WAITING) {
      Thread.onSpinWait();
    }
    assertThat(waiter.isAlive()).as("blocked while the one slot is taken").isTrue();

    gate.succeeded(holding);

    waiter.join(TimeUnit.SECONDS.toMillis(30));
    assertThat(waiter.getState()).isEqualTo(Thread.State.TERMINATED);
  }
}
