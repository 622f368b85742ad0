package io.github.reviewagent.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a tool call's arguments against the subset of JSON schema that function tools use: {@code type}
 * (also a list of types), {@code properties}, {@code required}, {@code additionalProperties: false},
 * {@code enum}, {@code items}, {@code anyOf} and {@code oneOf}. Other keywords are left to the tool, which
 * must cope with bad input anyway; this check exists so the model gets a precise message before any work.
 */
final class ArgumentCheck {

  private ArgumentCheck() {}

  /** The problems, each naming the argument, or an empty list when the arguments fit the schema. */
  static List<String> problems(JsonNode schema, JsonNode value) {
    List<String> problems = new ArrayList<>();
    check(schema, value, "arguments", problems);
    return problems;
  }

  private static void check(JsonNode schema, JsonNode value, String where, List<String> problems) {
    if (schema == null || !schema.isObject()) {
      return;
    }
    JsonNode type = schema.get("type");
    if (type != null && !typeMatches(type, value)) {
      problems.add(where + " must be " + describe(type) + ", not " + kind(value));
      return;
    }
    JsonNode allowed = schema.get("enum");
    if (allowed != null && allowed.isArray() && !contains(allowed, value)) {
      problems.add(where + " must be one of " + allowed + ", not " + value);
    }
    if (value.isObject()) {
      checkObject(schema, value, where, problems);
    }
    JsonNode items = schema.get("items");
    if (value.isArray() && items != null) {
      for (int i = 0; i < value.size(); i++) {
        check(items, value.get(i), where + "[" + i + "]", problems);
      }
    }
    checkAlternatives(schema, value, where, problems);
  }

  private static void checkObject(JsonNode schema, JsonNode value, String where, List<String> problems) {
    JsonNode properties = schema.path("properties");
    List<String> required = new ArrayList<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    for (String name : required) {
      JsonNode given = value.get(name);
      if (given == null || given.isNull() && !allowsNull(properties.get(name))) {
        problems.add(prefix(where) + name + " is required");
      }
    }
    boolean closed = schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean();
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      JsonNode property = properties.get(field.getKey());
      if (field.getValue().isNull() && !required.contains(field.getKey())) {
        // Models often send null for an optional argument they do not use: that is leaving it out.
        continue;
      }
      if (property != null) {
        check(property, field.getValue(), prefix(where) + field.getKey(), problems);
      } else if (closed) {
        problems.add(prefix(where) + field.getKey() + " is not a known argument; known: " + names(properties));
      }
    }
  }

  private static void checkAlternatives(JsonNode schema, JsonNode value, String where, List<String> problems) {
    for (String keyword : List.of("anyOf", "oneOf")) {
      JsonNode alternatives = schema.get(keyword);
      if (alternatives == null || !alternatives.isArray() || alternatives.isEmpty()) {
        continue;
      }
      List<String> firstProblems = null;
      int fitting = 0;
      for (JsonNode alternative : alternatives) {
        List<String> found = problems(alternative, value);
        if (found.isEmpty()) {
          fitting++;
        } else if (firstProblems == null) {
          firstProblems = found;
        }
      }
      if (fitting == 0) {
        problems.add(where + " fits none of the allowed forms (" + String.join("; ", firstProblems) + ")");
      } else if (keyword.equals("oneOf") && fitting > 1) {
        problems.add(where + " fits more than one of the allowed forms; give exactly one");
      }
    }
  }

  private static String prefix(String where) {
    return where.equals("arguments") ? "" : where + ".";
  }

  private static boolean allowsNull(JsonNode property) {
    return property != null && typeMatches(property.path("type"), NullNode.getInstance());
  }

  private static boolean typeMatches(JsonNode type, JsonNode value) {
    if (type.isArray()) {
      for (JsonNode one : type) {
        if (typeMatches(one, value)) {
          return true;
        }
      }
      return false;
    }
    return switch (type.asText()) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "boolean" -> value.isBoolean();
      case "null" -> value.isNull();
      case "number" -> value.isNumber();
      case "integer" -> value.isIntegralNumber() || value.isNumber() && value.asDouble() == Math.rint(value.asDouble());
      default -> true;
    };
  }

  private static boolean contains(JsonNode allowed, JsonNode value) {
    for (JsonNode one : allowed) {
      if (one.equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static String describe(JsonNode type) {
    if (type.isArray()) {
      List<String> names = new ArrayList<>();
      type.forEach(t -> names.add(article(t.asText())));
      return String.join(" or ", names);
    }
    return article(type.asText());
  }

  private static String article(String type) {
    return switch (type) {
      case "object", "array", "integer" -> "an " + type;
      case "null" -> "null";
      default -> "a " + type;
    };
  }

  private static String kind(JsonNode value) {
    if (value.isIntegralNumber()) {
      return "an integer";
    }
    if (value.isNumber()) {
      return "a number";
    }
    if (value.isTextual()) {
      return "a string";
    }
    if (value.isBoolean()) {
      return "a boolean";
    }
    if (value.isArray()) {
      return "an array";
    }
    if (value.isObject()) {
      return "an object";
    }
    return "null";
  }

  private static String names(JsonNode properties) {
    List<String> names = new ArrayList<>();
    properties.properties().forEach(p -> names.add(p.getKey()));
    return names.isEmpty() ? "none" : String.join(", ", names);
  }
}
