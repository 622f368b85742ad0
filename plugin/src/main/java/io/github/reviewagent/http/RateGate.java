package io.github.reviewagent.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * How many requests may be in flight to one server, adapting to its rate limit the way TCP adapts to
 * congestion: unlimited until the first 429, then half of what was in flight (at least one), one more after
 * each round of successes; and while the server asked to wait, nobody starts a request. A rate limit belongs
 * to the key, not to one request, so every part of the review slows down together instead of each one
 * running into the limit on its own. Thread-safe.
 */
final class RateGate {

  /** A slot held by one request; its epoch tells whether a 429 it meets is news or already acted on. */
  record Pass(long epoch) {}

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition freed = lock.newCondition();
  private final Clock clock;
  private final Timing.Sleeper sleeper;
  private int limit = Integer.MAX_VALUE;
  private int inFlight;
  private int successes;
  private long epoch;
  private Instant quietUntil = Instant.MIN;

  RateGate(Timing timing) {
    this.clock = timing.clock();
    this.sleeper = timing.sleeper();
  }

  /** Waits for a free slot and for any pause the server asked for to pass. */
  Pass enter() throws InterruptedException {
    while (true) {
      Duration quiet;
      lock.lockInterruptibly();
      try {
        while (inFlight >= limit) {
          freed.await();
        }
        quiet = Duration.between(clock.instant(), quietUntil);
        if (quiet.isNegative() || quiet.isZero()) {
          inFlight++;
          return new Pass(epoch);
        }
      } finally {
        lock.unlock();
      }
      sleeper.sleep(quiet);
    }
  }

  /**
   * The request got an answer: after a round of these, as many as the limit, one more may run at once. Answers
   * to requests that started before the last cut say nothing about the new limit.
   */
  void succeeded(Pass pass) {
    lock.lock();
    try {
      inFlight--;
      if (limit != Integer.MAX_VALUE && pass.epoch() == epoch && ++successes >= limit) {
        successes = 0;
        limit++;
      }
      freed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** The request failed for another reason than a rate limit: its slot is free, the limit unchanged. */
  void failed() {
    lock.lock();
    try {
      inFlight--;
      freed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * The server answered 429. Halves the limit once per burst (the 429s of requests that started before the
   * last cut were answered to the old load) and keeps everyone quiet for {@code wait}.
   *
   * @return the new limit if this 429 lowered it, else 0
   */
  int rateLimited(Pass pass, Duration wait) {
    lock.lock();
    try {
      int lowered = 0;
      if (pass.epoch() == epoch) {
        int cut = Math.max(1, inFlight / 2);
        lowered = cut < limit ? cut : 0;
        limit = cut;
        successes = 0;
        epoch++;
      }
      inFlight--;
      Instant until = clock.instant().plus(wait);
      quietUntil = until.isAfter(quietUntil) ? until : quietUntil;
      freed.signalAll();
      return lowered;
    } finally {
      lock.unlock();
    }
  }

  int limit() {
    lock.lock();
    try {
      return limit;
    } finally {
      lock.unlock();
    }
  }
}
