package io.github.reviewagent.metrics;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * The {@code "metrics"} object of INTERFACE.md, written in one place for every streamed report that carries it
 * (the CLI's output and the review's {@code review.json}), so its field names and order cannot drift apart.
 */
public final class MetricsJson {

  private MetricsJson() {}

  /** Writes {@code "metrics": {...}} as a field of the object being written. */
  public static void writeField(JsonGenerator json, MethodMetrics m) throws IOException {
    json.writeObjectFieldStart("metrics");
    json.writeNumberField("cyclomatic", m.cyclomatic());
    json.writeNumberField("cognitive", m.cognitive());
    json.writeNumberField("npath", m.npath());
    json.writeNumberField("ncss", m.ncss());
    json.writeNumberField("loc", m.loc());
    json.writeNumberField("maxNesting", m.maxNesting());
    json.writeNumberField("parameters", m.parameters());
    json.writeEndObject();
  }
}
