package io.github.reviewagent.review.service;

/** The review could not run: bad configuration, git trouble or I/O. The message says what to do. */
public class ReviewException extends Exception {

  private static final long serialVersionUID = 1L;

  public ReviewException(String message, Throwable cause) {
    super(message, cause);
  }
}
