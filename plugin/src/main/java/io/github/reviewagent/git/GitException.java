package io.github.reviewagent.git;

/** A git problem the user can act on; the message says what to do. */
public class GitException extends Exception {

  private static final long serialVersionUID = 1L;

  public GitException(String message) {
    super(message);
  }

  public GitException(String message, Throwable cause) {
    super(message, cause);
  }
}
