package io.github.reviewagent.provider;

import java.util.List;

/**
 * One conversation with the model. Chat and Responses keep the history on the client; Assistants keeps it
 * in a server thread, which {@link #close()} deletes.
 */
public interface Conversation extends AutoCloseable {

  /**
   * Sends the next input (the user message first, then the outputs of the tool calls the model asked for)
   * and waits for the model's next reply.
   *
   * <p>After a reply with {@link ModelReply.StopReason#TOOL_CALLS}, the next input must answer every one of
   * its calls with a {@link InputItem.ToolOutput} (in any order); otherwise it may hold no tool output.
   * Tool outputs are sent before user messages of the same turn. Assistants take no user message in a turn
   * that answers tool calls. Breaking these rules throws {@link IllegalArgumentException} before anything is
   * sent. A reply cut off by {@code LENGTH} or {@code CONTENT_FILTER} carries no tool calls.
   */
  ModelReply send(List<InputItem> input) throws ModelException;

  /** Deletes what the conversation created on the server; never throws. */
  @Override
  void close();
}
