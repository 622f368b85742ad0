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

  /** Releases what this provider created on the server and was not yet deleted (files, assistants kept for reuse stay). */
  @Override
  void close();
}
