package io.github.reviewagent.provider;

/** What the client sends in a turn. */
public sealed interface InputItem {

  /** A user message. */
  record UserText(String text) implements InputItem {}

  /** The output of a tool call the model asked for, answered by the call's id. */
  record ToolOutput(String callId, String output) implements InputItem {}
}
