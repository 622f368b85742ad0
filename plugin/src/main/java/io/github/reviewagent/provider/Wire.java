package io.github.reviewagent.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.reviewagent.review.Usage;

/** Small helpers for the JSON trees the protocols exchange; Jackson stays inside the provider classes. */
final class Wire {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Wire() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  /** The text of a field, or empty when it is missing, null or not text. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? value.asText() : "";
  }

  /** The text of a field that must be there. */
  static String required(JsonNode node, String field, ProviderSettings settings, String what)
      throws ModelException {
    String value = text(node, field);
    if (value.isEmpty()) {
      throw Failures.badResponse(settings, what + " without '" + field + "'");
    }
    return value;
  }

  /** One request's usage from counters at {@code input}, {@code output} and {@code cached} (JSON pointers). */
  static Usage usage(JsonNode usage, String input, String cached, String output) {
    return new Usage(1, usage.at(input).asLong(0), usage.at(cached).asLong(0), usage.at(output).asLong(0));
  }
}
