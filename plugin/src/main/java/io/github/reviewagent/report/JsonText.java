package io.github.reviewagent.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes the JSON reports with Jackson's streaming generator: two-space indents and {@code \n}, on every platform.
 * Streaming rather than data binding because a build with little to review spends most of its report time
 * starting data binding up (hundreds of classes, reflection over the wire records); the generator alone is cheap.
 */
final class JsonText {

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final DefaultPrettyPrinter PRINTER = printer();

  /** Writes one JSON document. */
  @FunctionalInterface
  interface Content {
    void writeTo(JsonGenerator json) throws IOException;
  }

  private JsonText() {}

  /** The document, with a final newline. */
  static String write(Content content) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      // The printer keeps the nesting depth: one instance per document.
      json.setPrettyPrinter(PRINTER.createInstance());
      content.writeTo(json);
    } catch (IOException e) {
      // A StringWriter does not fail; an exception here is a bug, not bad input.
      throw new UncheckedIOException("Could not write a JSON report", e);
    }
    return out.append('\n').toString();
  }

  /**
   * A simple value: null, a string, number or boolean, or a list or a map (with string keys, in its order) of
   * simple values.
   */
  static void value(JsonGenerator json, Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof String text) {
      json.writeString(text);
    } else if (value instanceof Boolean flag) {
      json.writeBoolean(flag);
    } else if (value instanceof Integer number) {
      json.writeNumber(number);
    } else if (value instanceof Long number) {
      json.writeNumber(number);
    } else if (value instanceof List<?> list) {
      json.writeStartArray();
      for (Object element : list) {
        value(json, element);
      }
      json.writeEndArray();
    } else if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        json.writeFieldName((String) entry.getKey());
        value(json, entry.getValue());
      }
      json.writeEndObject();
    } else {
      throw new IllegalArgumentException("not a simple JSON value: " + value.getClass().getName());
    }
  }

  /** {@code "name": [ ...strings ]}. */
  static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  private static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }
}
