package io.github.reviewagent.metrics.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import io.github.reviewagent.metrics.FileReport;
import io.github.reviewagent.metrics.MethodReport;
import io.github.reviewagent.metrics.MetricsJson;
import io.github.reviewagent.metrics.TypeReport;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON of INTERFACE.md, {@code {"schemaVersion": 1, "files": [...]}}, streamed: one file per line,
 * which also keeps the output easy to grep and diff.
 */
final class JsonReportWriter implements ReportWriter {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private final JsonGenerator json;

  JsonReportWriter(Writer out) throws IOException {
    this.json = FACTORY.createGenerator(out).setPrettyPrinter(new OneFilePerLine());
    json.writeStartObject();
    json.writeNumberField("schemaVersion", 1);
    json.writeArrayFieldStart("files");
  }

  @Override
  public void file(FileReport report) throws IOException {
    json.writeStartObject();
    json.writeStringField("path", report.path());
    if (report.parsed()) {
      json.writeNullField("error");
    } else {
      json.writeObjectFieldStart("error");
      json.writeNumberField("line", report.error().line());
      json.writeNumberField("column", report.error().column());
      json.writeStringField("message", report.error().message());
      json.writeEndObject();
    }
    json.writeNumberField("ncss", report.ncss());
    json.writeNumberField("loc", report.loc());
    json.writeArrayFieldStart("types");
    for (TypeReport type : report.types()) {
      type(type);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void type(TypeReport type) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", type.name());
    json.writeStringField("kind", type.kind().id());
    json.writeNumberField("line", type.line());
    json.writeNumberField("endLine", type.endLine());
    json.writeNumberField("wmc", type.wmc());
    json.writeNumberField("methodCount", type.methodCount());
    json.writeNumberField("fieldCount", type.fieldCount());
    json.writeNumberField("ncss", type.ncss());
    json.writeArrayFieldStart("methods");
    for (MethodReport method : type.methods()) {
      json.writeStartObject();
      json.writeStringField("name", method.name());
      json.writeStringField("signature", method.signature());
      json.writeStringField("kind", method.kind().id());
      json.writeNumberField("line", method.line());
      json.writeNumberField("endLine", method.endLine());
      MetricsJson.writeField(json, method.metrics());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  @Override
  public void finish() throws IOException {
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush();
  }

  /** Compact JSON, except that each element of the top-level {@code files} array starts a new line. */
  private static final class OneFilePerLine extends MinimalPrettyPrinter {

    private static final long serialVersionUID = 1L;

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
      if (isFiles(g)) {
        g.writeRaw('\n');
      }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(isFiles(g) ? ",\n" : ",");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int entries) throws IOException {
      if (entries > 0 && isFiles(g)) {
        g.writeRaw('\n');
      }
      g.writeRaw(']');
    }

    private static boolean isFiles(JsonGenerator g) {
      JsonStreamContext array = g.getOutputContext();
      JsonStreamContext root = array.getParent() == null ? null : array.getParent().getParent();
      return array.inArray() && root != null && root.inRoot();
    }
  }
}
