package io.github.reviewagent.review.service;

import java.util.function.LongSupplier;
import org.apache.maven.plugin.logging.Log;

/** Progress lines for long reviews: at most one every few seconds, none for a review that is quick. */
final class Progress {

  static final long INTERVAL_NANOS = 5_000_000_000L;

  private final Log log;
  private final LongSupplier clock;
  private final int total;
  private long last;
  private int done;

  Progress(Log log, LongSupplier clock, int total) {
    this.log = log;
    this.clock = clock;
    this.total = total;
    this.last = clock.getAsLong();
  }

  /** One more file done. Called from one thread. */
  void step() {
    done++;
    long now = clock.getAsLong();
    if (done < total && now - last >= INTERVAL_NANOS) {
      last = now;
      log.info("Reviewed " + done + " of " + total + " files (" + (done * 100L / total) + "%)");
    }
  }
}
