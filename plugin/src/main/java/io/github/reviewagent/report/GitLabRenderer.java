package io.github.reviewagent.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.reviewagent.review.Finding;
import java.util.List;

/**
 * {@code gl-code-quality-report.json}: GitLab's Code Quality format (a subset of Code Climate's issue
 * format), for {@code artifacts:reports:codequality}. Severities map one to one. Suppressed findings are
 * left out: GitLab has no way to show them as such.
 */
final class GitLabRenderer implements ReportRenderer {

  /** One Code Quality issue; field names as GitLab reads them. */
  record Issue(
      String type,
      @JsonProperty("engine_name") String engineName,
      @JsonProperty("check_name") String checkName,
      String description,
      String fingerprint,
      String severity,
      Location location) {}

  record Location(String path, Lines lines) {}

  record Lines(int begin, int end) {}

  private final ToolInfo tool;

  GitLabRenderer(ToolInfo tool) {
    this.tool = tool;
  }

  @Override
  public String render(ReviewSummary review, SourceFiles sources) {
    List<Issue> issues =
        review.findings().stream().filter(f -> !f.suppressed()).map(this::issue).toList();
    return JsonText.write(issues);
  }

  private Issue issue(Finding f) {
    String description = f.message();
    if (f.suggestion() != null && !f.suggestion().isBlank()) {
      description = description + " Suggestion: " + f.suggestion().strip();
    }
    return new Issue(
        "issue",
        tool.name(),
        f.ruleId(),
        description,
        ReviewSummary.fingerprint(f),
        f.severity().id(),
        new Location(f.path(), new Lines(f.startLine(), Math.max(f.startLine(), f.endLine()))));
  }
}
