package io.github.reviewagent.testing;

import io.github.reviewagent.http.Timing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** A {@link Timing} whose sleeps return at once and move its clock on instead; it records every sleep. */
public final class FakeTiming {

  private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
  private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

  private final Clock clock = new Clock() {
    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  };

  /** The timing to hand to the code under test; jitter comes from a seeded random. */
  public Timing timing() {
    return new Timing(clock, this::sleep, new Random(7));
  }

  private synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    now = now.plus(duration);
  }

  /** Every sleep asked for, in order. */
  public List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  public Instant now() {
    return now;
  }
}
