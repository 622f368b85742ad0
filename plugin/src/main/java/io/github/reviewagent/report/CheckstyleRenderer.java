package io.github.reviewagent.report;

import io.github.reviewagent.review.Finding;
import io.github.reviewagent.review.ReviewedFile;
import io.github.reviewagent.review.Severity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code checkstyle-result.xml}: Checkstyle's XML result format, which Jenkins, reviewdog, SonarQube and
 * most CI log parsers read. Like Checkstyle, it lists every file checked, reports a parse failure as an
 * error of the file, and leaves suppressed findings out.
 */
final class CheckstyleRenderer implements ReportRenderer {

  /** The format version readers expect; Checkstyle's own tool version would mean nothing to them. */
  static final String FORMAT_VERSION = "4.3";

  /** Checkstyle's levels: blocker and critical are errors, major a warning, minor and info infos. */
  static String severity(Severity severity) {
    return switch (severity) {
      case BLOCKER, CRITICAL -> "error";
      case MAJOR -> "warning";
      case MINOR, INFO -> "info";
    };
  }

  @Override
  public String render(ReviewSummary review, SourceFiles sources) {
    Map<String, List<Finding>> findings =
        new TreeMap<>(ReviewSummary.byPath(review.findings().stream().filter(f -> !f.suppressed()).toList()));
    review.files().forEach(file -> findings.putIfAbsent(file.path(), List.of()));
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<checkstyle version=\"").append(FORMAT_VERSION).append("\">\n");
    findings.forEach((path, inFile) -> {
      xml.append("  <file name=\"").append(Markup.attribute(path)).append("\"");
      ReviewedFile file = review.file(path).orElse(null);
      if (inFile.isEmpty() && (file == null || file.parseError() == null)) {
        xml.append("/>\n");
        return;
      }
      xml.append(">\n");
      if (file != null && file.parseError() != null) {
        error(xml, Math.max(file.parseError().line(), 1), file.parseError().column(), "error",
            "Could not parse: " + file.parseError().message(), "review-agent.parse");
      }
      for (Finding f : inFile) {
        String message = f.message();
        if (f.suggestion() != null && !f.suggestion().isBlank()) {
          message = message + " Suggestion: " + f.suggestion().strip();
        }
        error(xml, f.startLine(), 0, severity(f.severity()), message, f.ruleId());
      }
      xml.append("  </file>\n");
    });
    xml.append("</checkstyle>\n");
    return xml.toString();
  }

  private static void error(StringBuilder xml, int line, int column, String severity, String message, String source) {
    xml.append("    <error line=\"").append(line).append('"');
    if (column > 0) {
      xml.append(" column=\"").append(column).append('"');
    }
    xml.append(" severity=\"").append(severity).append('"')
        .append(" message=\"").append(Markup.attribute(message)).append('"')
        .append(" source=\"").append(Markup.attribute(source)).append("\"/>\n");
  }
}
