package io.github.reviewagent.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.reviewagent.review.Finding;
import io.github.reviewagent.review.ReviewResult;
import io.github.reviewagent.review.ReviewedFile;
import io.github.reviewagent.review.Rule;
import io.github.reviewagent.review.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code review.sarif}: SARIF 2.1.0 as GitHub code scanning ingests it. One run; every rule with the fields
 * GitHub requires (id, short and full description, help); results located by a path relative to the
 * repository root under {@code %SRCROOT%}, with our fingerprint under a versioned key and suppressed
 * findings marked {@code inSource}.
 */
final class SarifRenderer implements ReportRenderer {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String SOURCE_ROOT = "%SRCROOT%";
  /** Versioned, so a future change of the fingerprint algorithm does not match old alerts. */
  static final String FINGERPRINT_KEY = "reviewAgent/v1";
  /** GitHub rejects a run with more results (and shows only the 5,000 most severe). */
  static final int MAX_RESULTS = 25_000;
  /** GitHub's limits on a rule's name and descriptions. */
  static final int MAX_NAME = 255;
  static final int MAX_DESCRIPTION = 1024;

  private final ToolInfo tool;

  SarifRenderer(ToolInfo tool) {
    this.tool = tool;
  }

  /** GitHub's three levels: blocker and critical are errors, major a warning, minor and info notes. */
  static String level(Severity severity) {
    return switch (severity) {
      case BLOCKER, CRITICAL -> "error";
      case MAJOR -> "warning";
      case MINOR, INFO -> "note";
    };
  }

  @Override
  public String render(ReviewSummary review, SourceFiles sources) {
    List<Rule> rules = review.rules();
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      ruleIndex.put(rules.get(i).id(), i);
    }
    List<Finding> findings = mostSevere(review.findings());
    int leftOut = review.findings().size() - findings.size();
    return JsonText.write(json -> {
      json.writeStartObject();
      json.writeStringField("$schema", SCHEMA);
      json.writeStringField("version", "2.1.0");
      json.writeArrayFieldStart("runs");
      json.writeStartObject();
      json.writeObjectFieldStart("tool");
      json.writeObjectFieldStart("driver");
      json.writeStringField("name", tool.name());
      json.writeStringField("version", tool.version());
      json.writeStringField("informationUri", tool.informationUri());
      json.writeArrayFieldStart("rules");
      for (Rule rule : rules) {
        descriptor(json, rule);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
      json.writeArrayFieldStart("invocations");
      json.writeStartObject();
      json.writeBooleanField("executionSuccessful", true);
      notifications(json, review, leftOut);
      json.writeEndObject();
      json.writeEndArray();
      json.writeObjectFieldStart("automationDetails");
      json.writeStringField("id", tool.name() + "/");
      json.writeEndObject();
      json.writeObjectFieldStart("originalUriBaseIds");
      json.writeObjectFieldStart(SOURCE_ROOT);
      message(json, "description", "The root of the git repository that was reviewed.");
      json.writeEndObject();
      json.writeEndObject();
      json.writeStringField("columnKind", "utf16CodeUnits");
      json.writeArrayFieldStart("results");
      for (Finding finding : findings) {
        result(json, finding, ruleIndex.get(finding.ruleId()), sources);
      }
      json.writeEndArray();
      json.writeFieldName("properties");
      JsonText.value(json, runProperties(review.result()));
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    });
  }

  /** All findings, or when there are more than GitHub accepts, the most severe ones, in report order. */
  private static List<Finding> mostSevere(List<Finding> findings) {
    if (findings.size() <= MAX_RESULTS) {
      return findings;
    }
    return findings.stream()
        .sorted(ReviewSummary.MOST_SEVERE_FIRST)
        .limit(MAX_RESULTS)
        .sorted(ReviewSummary.FINDING_ORDER)
        .toList();
  }

  /** A reportingDescriptor with the fields GitHub requires. */
  private static void descriptor(JsonGenerator json, Rule rule) throws IOException {
    String shortDescription = firstNonBlank(rule.shortDescription(), rule.name(), rule.id());
    String fullDescription = firstNonBlank(rule.fullDescription(), shortDescription);
    String help = firstNonBlank(rule.help(), fullDescription);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("tags", List.of(category(rule.id())));
    properties.put("problem.severity", problemSeverity(rule.defaultSeverity()));
    properties.put("severity", rule.defaultSeverity().id());
    json.writeStartObject();
    json.writeStringField("id", rule.id());
    json.writeStringField("name", clip(firstNonBlank(rule.name(), rule.id()), MAX_NAME));
    message(json, "shortDescription", clip(shortDescription, MAX_DESCRIPTION));
    message(json, "fullDescription", clip(fullDescription, MAX_DESCRIPTION));
    json.writeObjectFieldStart("help");
    json.writeStringField("text", help);
    json.writeStringField("markdown", help);
    json.writeEndObject();
    json.writeObjectFieldStart("defaultConfiguration");
    json.writeStringField("level", level(rule.defaultSeverity()));
    json.writeEndObject();
    json.writeFieldName("properties");
    JsonText.value(json, properties);
    json.writeEndObject();
  }

  private static void result(JsonGenerator json, Finding finding, int ruleIndex, SourceFiles sources) throws IOException {
    String text = firstNonBlank(finding.message(), finding.ruleId());
    if (finding.suggestion() != null && !finding.suggestion().isBlank()) {
      text = text + "\nSuggestion: " + finding.suggestion().strip();
    }
    int endLine = Math.max(finding.startLine(), finding.endLine());
    // The region ends after the last character of its last line, when we can see that line.
    Integer endColumn = sources.line(finding.path(), endLine).map(line -> line.length() + 1).orElse(null);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("severity", finding.severity().id());
    properties.put("source", finding.source().id());
    properties.put("onChangedLine", finding.onChangedLine());
    properties.put("tags", List.of(category(finding.ruleId()), finding.source().id()).stream().distinct().toList());
    json.writeStartObject();
    json.writeStringField("ruleId", finding.ruleId());
    json.writeNumberField("ruleIndex", ruleIndex);
    json.writeStringField("level", level(finding.severity()));
    message(json, "message", text);
    json.writeArrayFieldStart("locations");
    location(json, finding.path(), finding.startLine(), 1, endLine, endColumn);
    json.writeEndArray();
    json.writeObjectFieldStart("partialFingerprints");
    json.writeStringField(FINGERPRINT_KEY, ReviewSummary.fingerprint(finding));
    json.writeEndObject();
    if (finding.suppressed()) {
      json.writeArrayFieldStart("suppressions");
      json.writeStartObject();
      json.writeStringField("kind", "inSource");
      json.writeEndObject();
      json.writeEndArray();
    }
    json.writeFieldName("properties");
    JsonText.value(json, properties);
    json.writeEndObject();
  }

  /** The notes, the files that did not parse and what was left out, as toolExecutionNotifications (none: no key). */
  private static void notifications(JsonGenerator json, ReviewSummary review, int leftOut) throws IOException {
    List<ReviewedFile> unparsed = review.unparsedFiles();
    List<String> notes = review.result().notes();
    if (notes.isEmpty() && unparsed.isEmpty() && leftOut <= 0) {
      return;
    }
    json.writeArrayFieldStart("toolExecutionNotifications");
    for (String note : notes) {
      warning(json, note);
      json.writeEndObject();
    }
    for (ReviewedFile file : unparsed) {
      int line = file.parseError().line();
      int column = file.parseError().column();
      warning(json, "Could not parse " + file.path() + ": " + file.parseError().message());
      json.writeArrayFieldStart("locations");
      if (line > 0) {
        location(json, file.path(), line, column > 0 ? column : null, null, null);
      } else {
        location(json, file.path(), null, null, null, null);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    if (leftOut > 0) {
      warning(json, leftOut + " less severe findings were left out: GitHub accepts at most " + MAX_RESULTS
          + " results per run. review.json has them all.");
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** Opens a warning notification with its message; the caller may add locations and closes it. */
  private static void warning(JsonGenerator json, String text) throws IOException {
    json.writeStartObject();
    json.writeStringField("level", "warning");
    message(json, "message", text);
  }

  private static void message(JsonGenerator json, String name, String text) throws IOException {
    json.writeObjectFieldStart(name);
    json.writeStringField("text", text);
    json.writeEndObject();
  }

  private static Map<String, Object> runProperties(ReviewResult result) {
    Map<String, Object> gate = new LinkedHashMap<>();
    gate.put("failOn", result.gate().failOnId());
    gate.put("failed", result.gate().failed());
    gate.put("reason", result.gate().reason());
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("status", result.status().id());
    properties.put("provider", result.provider());
    if (result.model() != null) {
      properties.put("model", result.model());
    }
    if (result.baseRef() != null) {
      properties.put("baseRef", result.baseRef());
    }
    if (result.baseCommit() != null) {
      properties.put("baseCommit", result.baseCommit());
    }
    properties.put("gate", gate);
    return properties;
  }

  /**
   * One location under {@code %SRCROOT%}; the region and each of its parts only when known (a file-level
   * notification has none).
   */
  private static void location(
      JsonGenerator json, String path, Integer startLine, Integer startColumn, Integer endLine, Integer endColumn)
      throws IOException {
    json.writeStartObject();
    json.writeObjectFieldStart("physicalLocation");
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", uri(path));
    json.writeStringField("uriBaseId", SOURCE_ROOT);
    json.writeEndObject();
    if (startLine != null) {
      json.writeObjectFieldStart("region");
      optional(json, "startLine", startLine);
      optional(json, "startColumn", startColumn);
      optional(json, "endLine", endLine);
      optional(json, "endColumn", endColumn);
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void optional(JsonGenerator json, String name, Integer value) throws IOException {
    if (value != null) {
      json.writeNumberField(name, value);
    }
  }

  /**
   * A relative URI reference for a repository path: each segment percent-encoded except RFC 3986's
   * unreserved characters and sub-delimiters. {@code :} is encoded too, so a first segment never reads as a
   * scheme.
   */
  static String uri(String path) {
    StringBuilder out = new StringBuilder(path.length() + 8);
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$&'()*+,;=@/".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
      }
    }
    return out.toString();
  }

  /** The part of a rule id before its first dot ({@code complexity} for {@code complexity.cognitive}). */
  private static String category(String ruleId) {
    int dot = ruleId.indexOf('.');
    return dot > 0 ? ruleId.substring(0, dot) : ruleId;
  }

  private static String problemSeverity(Severity severity) {
    return switch (severity) {
      case BLOCKER, CRITICAL -> "error";
      case MAJOR -> "warning";
      case MINOR, INFO -> "recommendation";
    };
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return "";
  }

  private static String clip(String value, int max) {
    if (value.length() <= max) {
      return value;
    }
    int end = Character.isHighSurrogate(value.charAt(max - 2)) ? max - 2 : max - 1;
    return value.substring(0, end) + "…";
  }
}
