package io.github.reviewagent.http;

import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * Time and chance as the retry and polling loops see them, injectable so that tests run in no time: a fake
 * {@link Sleeper} can advance a fake {@link Clock} instead of sleeping.
 *
 * @param random the source of backoff jitter; shared between threads, so it must be thread-safe
 */
public record Timing(Clock clock, Sleeper sleeper, RandomGenerator random) {

  /** Waits; the production one is {@link Thread#sleep}. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  /** The real clock, real sleeps, a thread-safe random. */
  public static Timing system() {
    return new Timing(Clock.systemUTC(), d -> Thread.sleep(d.toMillis()), new Random());
  }
}
