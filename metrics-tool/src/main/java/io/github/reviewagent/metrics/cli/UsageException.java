package io.github.reviewagent.metrics.cli;

/** A command line that cannot be run; the message names the bad option or argument. */
final class UsageException extends Exception {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message, null, false, false);
  }
}
