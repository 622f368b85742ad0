package io.github.reviewagent.report;

import io.github.reviewagent.metrics.MethodMetrics;
import io.github.reviewagent.metrics.MethodReport;
import io.github.reviewagent.metrics.diff.MethodChange;
import io.github.reviewagent.review.Finding;
import io.github.reviewagent.review.ReviewResult;
import io.github.reviewagent.review.ReviewedFile;
import io.github.reviewagent.review.Rule;
import io.github.reviewagent.review.Severity;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code review.json}: the machine-readable review for scripts, in the shape INTERFACE.md promises. */
final class JsonRenderer implements ReportRenderer {

  static final int SCHEMA_VERSION = 1;

  private final ToolInfo tool;

  JsonRenderer(ToolInfo tool) {
    this.tool = tool;
  }

  @Override
  public String render(ReviewSummary review, SourceFiles sources) {
    ReviewResult result = review.result();
    return JsonText.write(
        new JsonReport(
            SCHEMA_VERSION,
            new JsonReport.Tool(tool.name(), tool.version()),
            result.status().id(),
            result.provider(),
            result.model(),
            new JsonReport.Base(result.baseRef(), result.baseCommit()),
            summary(review),
            review.files().stream().map(JsonRenderer::file).toList(),
            review.rules().stream().map(JsonRenderer::rule).toList(),
            review.findings().stream().map(JsonRenderer::finding).toList(),
            new JsonReport.Usage(
                result.usage().requests(),
                result.usage().inputTokens(),
                result.usage().cachedInputTokens(),
                result.usage().outputTokens()),
            new JsonReport.Gate(result.gate().failOnId(), result.gate().failed(), result.gate().reason()),
            result.notes()));
  }

  private static JsonReport.Summary summary(ReviewSummary review) {
    List<Finding> onChanged = review.onChangedLines();
    List<Finding> elsewhere = review.elsewhere();
    Map<Severity, Long> counts =
        ReviewSummary.countBySeverity(review.findings().stream().filter(f -> !f.suppressed()).toList());
    Map<String, Long> bySeverity = new LinkedHashMap<>();
    ReviewSummary.HIGHEST_FIRST.forEach(severity -> bySeverity.put(severity.id(), counts.get(severity)));
    return new JsonReport.Summary(
        review.files().size(),
        onChanged.size() + elsewhere.size(),
        onChanged.size(),
        elsewhere.size(),
        review.suppressed().size(),
        bySeverity);
  }

  private static JsonReport.File file(ReviewedFile file) {
    return new JsonReport.File(
        file.path(),
        file.previousPath(),
        file.status().id(),
        file.changedLines().stream().map(range -> new int[] {range.start(), range.end()}).toList(),
        file.parseError() == null
            ? null
            : new JsonReport.ParseError(
                file.parseError().line(), file.parseError().column(), file.parseError().message()),
        file.methods().stream()
            .sorted(Comparator.comparing(MethodChange::type).thenComparing(MethodChange::signature))
            .map(JsonRenderer::method)
            .toList());
  }

  private static JsonReport.Method method(MethodChange change) {
    return new JsonReport.Method(
        change.type(), change.signature(), change.change().id(), version(change.base()), version(change.head()));
  }

  private static JsonReport.Version version(MethodReport report) {
    if (report == null) {
      return null;
    }
    MethodMetrics m = report.metrics();
    return new JsonReport.Version(
        report.name(),
        report.kind().id(),
        report.line(),
        report.endLine(),
        new JsonReport.Metrics(
            m.cyclomatic(), m.cognitive(), m.npath(), m.ncss(), m.loc(), m.maxNesting(), m.parameters()));
  }

  private static JsonReport.RuleEntry rule(Rule rule) {
    return new JsonReport.RuleEntry(
        rule.id(),
        rule.name(),
        rule.shortDescription(),
        rule.fullDescription(),
        rule.help(),
        rule.defaultSeverity().id());
  }

  private static JsonReport.FindingEntry finding(Finding f) {
    return new JsonReport.FindingEntry(
        f.ruleId(),
        f.severity().id(),
        f.source().id(),
        f.path(),
        f.startLine(),
        f.endLine(),
        f.message(),
        f.suggestion(),
        ReviewSummary.fingerprint(f),
        f.onChangedLine(),
        f.suppressed());
  }
}
