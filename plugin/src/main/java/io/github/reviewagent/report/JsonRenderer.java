package io.github.reviewagent.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.reviewagent.metrics.MethodReport;
import io.github.reviewagent.metrics.MetricsJson;
import io.github.reviewagent.metrics.diff.MethodChange;
import io.github.reviewagent.review.Finding;
import io.github.reviewagent.review.GateResult;
import io.github.reviewagent.review.LineRange;
import io.github.reviewagent.review.ReviewResult;
import io.github.reviewagent.review.ReviewedFile;
import io.github.reviewagent.review.Rule;
import io.github.reviewagent.review.Severity;
import io.github.reviewagent.review.Usage;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code review.json}: the machine-readable review for scripts, in the shape INTERFACE.md promises, plus the tool,
 * per-file status, parse errors and method metrics, the rules, a summary of counts and the notes. Nulls are written
 * as {@code null} so every key is always there for scripts.
 */
final class JsonRenderer implements ReportRenderer {

  static final int SCHEMA_VERSION = 1;

  private final ToolInfo tool;

  JsonRenderer(ToolInfo tool) {
    this.tool = tool;
  }

  @Override
  public String render(ReviewSummary review, SourceFiles sources) {
    ReviewResult result = review.result();
    return JsonText.write(json -> {
      json.writeStartObject();
      json.writeNumberField("schemaVersion", SCHEMA_VERSION);
      json.writeObjectFieldStart("tool");
      json.writeStringField("name", tool.name());
      json.writeStringField("version", tool.version());
      json.writeEndObject();
      json.writeStringField("status", result.status().id());
      json.writeStringField("provider", result.provider());
      json.writeStringField("model", result.model());
      json.writeObjectFieldStart("base");
      json.writeStringField("ref", result.baseRef());
      json.writeStringField("commit", result.baseCommit());
      json.writeEndObject();
      summary(json, review);
      json.writeArrayFieldStart("files");
      for (ReviewedFile file : review.files()) {
        file(json, file);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("rules");
      for (Rule rule : review.rules()) {
        rule(json, rule);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("findings");
      for (Finding finding : review.findings()) {
        finding(json, finding);
      }
      json.writeEndArray();
      usage(json, result.usage());
      gate(json, result.gate());
      JsonText.strings(json, "notes", result.notes());
      json.writeEndObject();
    });
  }

  /** Counts of unsuppressed findings; {@code bySeverity} has every severity, highest first. */
  private static void summary(JsonGenerator json, ReviewSummary review) throws IOException {
    List<Finding> onChanged = review.onChangedLines();
    List<Finding> elsewhere = review.elsewhere();
    Map<Severity, Long> counts =
        ReviewSummary.countBySeverity(review.findings().stream().filter(f -> !f.suppressed()).toList());
    json.writeObjectFieldStart("summary");
    json.writeNumberField("files", review.files().size());
    json.writeNumberField("findings", onChanged.size() + elsewhere.size());
    json.writeNumberField("onChangedLines", onChanged.size());
    json.writeNumberField("elsewhere", elsewhere.size());
    json.writeNumberField("suppressed", review.suppressed().size());
    json.writeObjectFieldStart("bySeverity");
    for (Severity severity : ReviewSummary.HIGHEST_FIRST) {
      json.writeFieldName(severity.id());
      JsonText.value(json, counts.get(severity));
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void file(JsonGenerator json, ReviewedFile file) throws IOException {
    json.writeStartObject();
    json.writeStringField("path", file.path());
    json.writeStringField("previousPath", file.previousPath());
    json.writeStringField("status", file.status().id());
    json.writeArrayFieldStart("changedLines");
    for (LineRange range : file.changedLines()) {
      json.writeStartArray();
      json.writeNumber(range.start());
      json.writeNumber(range.end());
      json.writeEndArray();
    }
    json.writeEndArray();
    json.writeFieldName("parseError");
    if (file.parseError() == null) {
      json.writeNull();
    } else {
      json.writeStartObject();
      json.writeNumberField("line", file.parseError().line());
      json.writeNumberField("column", file.parseError().column());
      json.writeStringField("message", file.parseError().message());
      json.writeEndObject();
    }
    json.writeArrayFieldStart("methods");
    List<MethodChange> methods =
        file.methods().stream()
            .sorted(Comparator.comparing(MethodChange::type).thenComparing(MethodChange::signature))
            .toList();
    for (MethodChange change : methods) {
      json.writeStartObject();
      json.writeStringField("type", change.type());
      json.writeStringField("signature", change.signature());
      json.writeStringField("change", change.change().id());
      version(json, "base", change.base());
      version(json, "head", change.head());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void version(JsonGenerator json, String name, MethodReport report) throws IOException {
    json.writeFieldName(name);
    if (report == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeStringField("name", report.name());
    json.writeStringField("kind", report.kind().id());
    json.writeNumberField("line", report.line());
    json.writeNumberField("endLine", report.endLine());
    MetricsJson.writeField(json, report.metrics());
    json.writeEndObject();
  }

  private static void rule(JsonGenerator json, Rule rule) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", rule.id());
    json.writeStringField("name", rule.name());
    json.writeStringField("shortDescription", rule.shortDescription());
    json.writeStringField("fullDescription", rule.fullDescription());
    json.writeStringField("help", rule.help());
    json.writeStringField("defaultSeverity", rule.defaultSeverity().id());
    json.writeEndObject();
  }

  private static void finding(JsonGenerator json, Finding f) throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", f.ruleId());
    json.writeStringField("severity", f.severity().id());
    json.writeStringField("source", f.source().id());
    json.writeStringField("path", f.path());
    json.writeNumberField("startLine", f.startLine());
    json.writeNumberField("endLine", f.endLine());
    json.writeStringField("message", f.message());
    json.writeStringField("suggestion", f.suggestion());
    json.writeStringField("fingerprint", ReviewSummary.fingerprint(f));
    json.writeBooleanField("onChangedLine", f.onChangedLine());
    json.writeBooleanField("suppressed", f.suppressed());
    json.writeEndObject();
  }

  private static void usage(JsonGenerator json, Usage usage) throws IOException {
    json.writeObjectFieldStart("usage");
    json.writeNumberField("requests", usage.requests());
    json.writeNumberField("inputTokens", usage.inputTokens());
    json.writeNumberField("cachedInputTokens", usage.cachedInputTokens());
    json.writeNumberField("outputTokens", usage.outputTokens());
    json.writeEndObject();
  }

  private static void gate(JsonGenerator json, GateResult gate) throws IOException {
    json.writeObjectFieldStart("gate");
    json.writeStringField("failOn", gate.failOnId());
    json.writeBooleanField("failed", gate.failed());
    json.writeStringField("reason", gate.reason());
    json.writeEndObject();
  }
}
