package io.github.reviewagent.metrics.tool;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The tool's arguments, checked. Exactly one of {@code code} and {@code path} is set; {@code method} may be
 * null. A JSON null counts as absent, because models in strict mode send null for unused fields.
 */
record Arguments(String code, String path, String method) {

  static final int MAX_CODE_CHARS = 100_000;

  private static final Set<String> NAMES = Set.of("code", "path", "method");
  private static final String EXAMPLE =
      "send a JSON object such as {\"path\": \"src/main/java/a/B.java\"} or {\"code\": \"int f(int x) { ... }\"}";

  static Arguments parse(ObjectMapper json, String text) throws ToolError {
    if (text == null || text.isBlank()) {
      throw new ToolError("arguments are empty: " + EXAMPLE);
    }
    JsonNode root;
    try {
      root = json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new ToolError("arguments are not valid JSON (" + e.getOriginalMessage() + "): " + EXAMPLE);
    }
    if (root == null || !root.isObject()) {
      throw new ToolError("arguments must be a JSON object: " + EXAMPLE);
    }
    List<String> unknown = new ArrayList<>();
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!NAMES.contains(name)) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      throw new ToolError("unknown argument " + String.join(", ", unknown) + ": use only code, path and method");
    }
    String code = text(root, "code");
    String path = text(root, "path");
    String method = text(root, "method");
    if (code != null && path != null) {
      throw new ToolError("give either code or path, not both");
    }
    if (code == null && path == null) {
      throw new ToolError("give code (Java source text) or path (a .java file relative to the project root)");
    }
    if (code != null && code.isBlank()) {
      throw new ToolError("code is empty: pass Java source, e.g. a method or a whole file");
    }
    if (code != null && code.length() > MAX_CODE_CHARS) {
      throw new ToolError("code has " + code.length() + " characters, over the cap of " + MAX_CODE_CHARS
          + ": pass a smaller snippet (one method or class), or the file's path");
    }
    if (path != null && path.isBlank()) {
      throw new ToolError("path is empty: give a .java file relative to the project root, e.g. src/main/java/a/B.java");
    }
    if (method != null && method.isBlank()) {
      throw new ToolError("method is empty: give a method name such as parse, or leave method out");
    }
    return new Arguments(code, path, method == null ? null : method.strip());
  }

  private static String text(JsonNode root, String name) throws ToolError {
    JsonNode value = root.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new ToolError(name + " must be a string, not " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    return value.textValue();
  }
}
