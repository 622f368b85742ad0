package io.github.reviewagent.metrics.tool;

/** A bad argument or unreadable input; its message tells the model what to do instead. */
public final class ToolError extends Exception {

  private static final long serialVersionUID = 1L;

  public ToolError(String message) {
    super(message, null, false, false);
  }
}
