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
   */
  ModelReply send(List<InputItem> input) throws ModelException;

  /** Deletes what the conversation created on the server; never throws. */
  @Override
  void close();
}
