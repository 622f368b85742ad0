package io.github.reviewagent.report;

import io.github.reviewagent.report.SarifLog.ArtifactLocation;
import io.github.reviewagent.report.SarifLog.Location;
import io.github.reviewagent.report.SarifLog.Message;
import io.github.reviewagent.report.SarifLog.Notification;
import io.github.reviewagent.report.SarifLog.PhysicalLocation;
import io.github.reviewagent.report.SarifLog.Region;
import io.github.reviewagent.review.Finding;
import io.github.reviewagent.review.ReviewResult;
import io.github.reviewagent.review.ReviewedFile;
import io.github.reviewagent.review.Rule;
import io.github.reviewagent.review.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
    List<SarifLog.Result> results = new ArrayList<>();
    for (Finding finding : findings) {
      results.add(result(finding, ruleIndex.get(finding.ruleId()), sources));
    }
    List<Notification> notifications = notifications(review, review.findings().size() - findings.size());
    SarifLog.Run run =
        new SarifLog.Run(
            new SarifLog.Tool(
                new SarifLog.Driver(
                    tool.name(),
                    tool.version(),
                    tool.informationUri(),
                    rules.stream().map(SarifRenderer::descriptor).toList())),
            List.of(new SarifLog.Invocation(true, notifications)),
            new SarifLog.AutomationDetails(tool.name() + "/"),
            Map.of(
                SOURCE_ROOT,
                new ArtifactLocation(null, null, new Message("The root of the git repository that was reviewed."))),
            "utf16CodeUnits",
            results,
            runProperties(review.result()));
    return JsonText.write(new SarifLog(SCHEMA, "2.1.0", List.of(run)));
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

  private static SarifLog.ReportingDescriptor descriptor(Rule rule) {
    String shortDescription = firstNonBlank(rule.shortDescription(), rule.name(), rule.id());
    String fullDescription = firstNonBlank(rule.fullDescription(), shortDescription);
    String help = firstNonBlank(rule.help(), fullDescription);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("tags", List.of(category(rule.id())));
    properties.put("problem.severity", problemSeverity(rule.defaultSeverity()));
    properties.put("severity", rule.defaultSeverity().id());
    return new SarifLog.ReportingDescriptor(
        rule.id(),
        clip(firstNonBlank(rule.name(), rule.id()), MAX_NAME),
        new Message(clip(shortDescription, MAX_DESCRIPTION)),
        new Message(clip(fullDescription, MAX_DESCRIPTION)),
        new SarifLog.MultiformatMessage(help, help),
        new SarifLog.Configuration(level(rule.defaultSeverity())),
        properties);
  }

  private static SarifLog.Result result(Finding finding, int ruleIndex, SourceFiles sources) {
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
    return new SarifLog.Result(
        finding.ruleId(),
        ruleIndex,
        level(finding.severity()),
        new Message(text),
        List.of(location(finding.path(), new Region(finding.startLine(), 1, endLine, endColumn))),
        Map.of(FINGERPRINT_KEY, ReviewSummary.fingerprint(finding)),
        finding.suppressed() ? List.of(new SarifLog.Suppression("inSource")) : null,
        properties);
  }

  private static List<Notification> notifications(ReviewSummary review, int leftOut) {
    List<Notification> notifications = new ArrayList<>();
    for (String note : review.result().notes()) {
      notifications.add(new Notification("warning", new Message(note), List.of()));
    }
    for (ReviewedFile file : review.unparsedFiles()) {
      int line = file.parseError().line();
      int column = file.parseError().column();
      Region region = line > 0 ? new Region(line, column > 0 ? column : null, null, null) : null;
      notifications.add(
          new Notification(
              "warning",
              new Message("Could not parse " + file.path() + ": " + file.parseError().message()),
              List.of(location(file.path(), region))));
    }
    if (leftOut > 0) {
      notifications.add(
          new Notification(
              "warning",
              new Message(leftOut + " less severe findings were left out: GitHub accepts at most " + MAX_RESULTS
                  + " results per run. review.json has them all."),
              List.of()));
    }
    return notifications;
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

  private static Location location(String path, Region region) {
    return new Location(new PhysicalLocation(new ArtifactLocation(uri(path), SOURCE_ROOT, null), region));
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
