package io.github.reviewagent.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/** Turns the JSON reports' wire records into text: two-space indents and {@code \n}, on every platform. */
final class JsonText {

  private static final ObjectWriter WRITER = writer(JsonMapper.builder().build());

  private JsonText() {}

  static String write(Object value) {
    try {
      return WRITER.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      // The wire records hold only strings, numbers, lists and maps; failing here is a bug, not bad input.
      throw new UncheckedIOException("Could not serialize " + value.getClass().getSimpleName(), e);
    }
  }

  private static ObjectWriter writer(ObjectMapper mapper) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    return mapper.writer(printer);
  }
}
