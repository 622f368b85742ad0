package io.github.reviewagent.report;

import io.github.reviewagent.review.Finding;

/**
 * {@code gl-code-quality-report.json}: GitLab's Code Quality format (a subset of Code Climate's issue
 * format), for {@code artifacts:reports:codequality}. Severities map one to one. Suppressed findings are
 * left out: GitLab has no way to show them as such.
 */
final class GitLabRenderer implements ReportRenderer {

  private final ToolInfo tool;

  GitLabRenderer(ToolInfo tool) {
    this.tool = tool;
  }

  @Override
  public String render(ReviewSummary review, SourceFiles sources) {
    return JsonText.write(json -> {
      json.writeStartArray();
      for (Finding f : review.findings()) {
        if (f.suppressed()) {
          continue;
        }
        String description = f.message();
        if (f.suggestion() != null && !f.suggestion().isBlank()) {
          description = description + " Suggestion: " + f.suggestion().strip();
        }
        // One Code Quality issue; field names as GitLab reads them.
        json.writeStartObject();
        json.writeStringField("type", "issue");
        json.writeStringField("engine_name", tool.name());
        json.writeStringField("check_name", f.ruleId());
        json.writeStringField("description", description);
        json.writeStringField("fingerprint", ReviewSummary.fingerprint(f));
        json.writeStringField("severity", f.severity().id());
        json.writeObjectFieldStart("location");
        json.writeStringField("path", f.path());
        json.writeObjectFieldStart("lines");
        json.writeNumberField("begin", f.startLine());
        json.writeNumberField("end", Math.max(f.startLine(), f.endLine()));
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
    });
  }
}
