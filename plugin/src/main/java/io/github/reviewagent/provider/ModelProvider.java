package io.github.reviewagent.provider;

/**
 * The wire to a model server: Chat Completions, Responses or Assistants. The agent loop above is the same
 * for all three; a provider only translates turns to and from its protocol.
 */
public interface ModelProvider extends AutoCloseable {

  /** {@code chat}, {@code responses} or {@code assistants}. */
  String id();

  /** Starts one conversation (one review unit). */
  Conversation open(ConversationSpec spec) throws ModelException;

  /**
   * Deletes what this provider's conversations left on the server (Assistants threads not closed yet; the
   * assistants themselves stay for the next build) and releases the connection.
   */
  @Override
  void close();
}
