package io.github.reviewagent.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.reviewagent.review.Usage;
import java.util.List;

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

  /**
   * Function tools in the nested shape Chat Completions and Assistants share:
   * {@code {"type": "function", "function": {"name", "description", "parameters"}}}.
   */
  static ArrayNode functionTools(List<ToolSpec> tools) {
    ArrayNode array = NODES.arrayNode();
    for (ToolSpec tool : tools) {
      ObjectNode function = array.addObject().put("type", "function").putObject("function").put("name", tool.name());
      if (tool.description() != null) {
        function.put("description", tool.description());
      }
      function.set("parameters", tool.parameters());
    }
    return array;
  }

  /** The answer's JSON schema as Chat Completions and Assistants runs take it: {@code response_format}. */
  static void putResponseFormat(ObjectNode body, ResponseFormat format) {
    ObjectNode schema = body.putObject("response_format").put("type", "json_schema").putObject("json_schema");
    schema.put("name", format.name()).put("strict", format.strict()).set("schema", format.schema());
  }
}
