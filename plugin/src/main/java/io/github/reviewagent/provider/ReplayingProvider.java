package io.github.reviewagent.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.reviewagent.http.HttpFailure;
import io.github.reviewagent.http.JsonApi;
import java.util.List;

/**
 * A protocol whose server keeps nothing between turns (Chat Completions; Responses with {@code store: false}):
 * each conversation keeps its history and posts all of it every turn, so closing one deletes nothing. A
 * subclass only translates a conversation's history to and from its wire shape.
 */
abstract class ReplayingProvider implements ModelProvider {

  private final ProviderKind kind;
  private final String path;
  private final JsonApi api;
  final ProviderSettings settings;

  /** @param path the endpoint every turn is posted to */
  ReplayingProvider(ProviderKind kind, String path, JsonApi api, ProviderSettings settings) {
    this.kind = kind;
    this.path = path;
    this.api = api;
    this.settings = settings;
  }

  @Override
  public final String id() {
    return kind.id();
  }

  @Override
  public final void close() {
    api.close();
  }

  /** One conversation: the history it replays in full every turn. */
  abstract class History implements Conversation {

    private List<ToolCall> pending = List.of();

    @Override
    public final ModelReply send(List<InputItem> input) throws ModelException {
      for (InputItem item : Turns.checked(pending, input)) {
        add(item);
      }
      JsonNode response;
      try {
        response = post(request());
      } catch (HttpFailure failure) {
        throw Failures.of(failure, settings);
      }
      ModelReply reply = reply(response);
      pending = Turns.pendingAfter(reply);
      return reply;
    }

    /** Posts one turn's request; a protocol may override it to adapt to what its server does not take. */
    JsonNode post(ObjectNode body) throws HttpFailure {
      return api.post(path, body);
    }

    /** Adds a user text or a tool output to the history. */
    abstract void add(InputItem item);

    /** The request body, the whole history in it. */
    abstract ObjectNode request();

    /** Reads the server's response and adds the model's turn to the history. */
    abstract ModelReply reply(JsonNode response) throws ModelException;

    @Override
    public final void close() {
      // nothing lives on the server
    }
  }
}
