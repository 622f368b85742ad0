package io.github.reviewagent.maven;

import io.github.reviewagent.review.service.ReviewRequest;

/** What a module's execution of the goal learns when it registers with the reactor's review. */
sealed interface Arrival {

  /** Other modules are still to come; the last one runs the review. */
  record Waiting(int arrived, int expected) implements Arrival {}

  /** This module is the last: it runs the combined review of every registered module. */
  record Complete(ReviewRequest request) implements Arrival {}

  /** Every module skipped the review. */
  record AllSkipped() implements Arrival {}

  /** This execution's review of the reactor already ran in this build (the goal was named twice). */
  record AlreadyReviewed() implements Arrival {}
}
