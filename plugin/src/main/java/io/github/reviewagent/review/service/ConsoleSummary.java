package io.github.reviewagent.review.service;

import io.github.reviewagent.review.Finding;
import io.github.reviewagent.review.ReviewResult;
import io.github.reviewagent.review.Severity;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * TEMPORARY: a minimal console summary until the report package's console function is merged, which
 * replaces this class.
 */
final class ConsoleSummary {

  private ConsoleSummary() {}

  static void log(ReviewResult result, Log log) {
    List<Finding> findings = result.findings();
    long suppressed = findings.stream().filter(Finding::suppressed).count();
    log.info("Review: " + result.files().size() + " files, " + findings.size() + " findings, " + suppressed + " suppressed");
    for (Severity severity : List.of(Severity.BLOCKER, Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.INFO)) {
      long count = findings.stream().filter(f -> !f.suppressed() && f.severity() == severity).count();
      log.info(String.format("  %-9s %5d", severity.id(), count));
    }
    log.info("Gate (failOn " + result.gate().failOnId() + "): " + (result.gate().failed() ? "FAILED. " : "passed. ") + result.gate().reason());
    for (Finding f : findings) {
      String line = f.path() + ":" + f.startLine() + " " + f.severity().id() + " " + f.ruleId() + " " + f.message();
      if (f.suppressed()) {
        log.info(line + " [suppressed]");
      } else {
        log.warn(line);
      }
    }
  }
}
