package io.github.reviewagent.report;

import io.github.reviewagent.review.Finding;
import io.github.reviewagent.review.ReviewResult;
import io.github.reviewagent.review.ReviewedFile;
import io.github.reviewagent.review.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The review as lines for Maven's log: a short summary table, the gate, then one line per finding in the
 * {@code path:line severity rule message} form that IDEs and CI log parsers turn into links: first the
 * findings on changed lines, then the others. Suppressed findings are counted, not listed: the code already
 * says they are accepted.
 */
public final class ConsoleReport {

  private ConsoleReport() {}

  /**
   * The lines to print, without level prefixes or line terminators; the caller picks the log level.
   *
   * @param reportDirectory where the report files are, as the user should see it
   */
  public static List<String> lines(ReviewResult result, Path reportDirectory) {
    ReviewSummary review = new ReviewSummary(result);
    List<String> lines = new ArrayList<>();
    lines.add(headline(review));
    List<Finding> onChanged = review.onChangedLines();
    List<Finding> elsewhere = review.elsewhere();
    if (onChanged.isEmpty() && elsewhere.isEmpty()) {
      lines.add("  No findings" + suppressedSuffix(review) + ".");
    } else {
      Map<Severity, Long> changedCounts = ReviewSummary.countBySeverity(onChanged);
      Map<Severity, Long> elsewhereCounts = ReviewSummary.countBySeverity(elsewhere);
      lines.add(String.format(Locale.ROOT, "  %-10s %13s %10s", "severity", "changed lines", "elsewhere"));
      for (Severity severity : ReviewSummary.HIGHEST_FIRST) {
        lines.add(String.format(Locale.ROOT, "  %-10s %13d %10d",
            severity.id(), changedCounts.get(severity), elsewhereCounts.get(severity)));
      }
      if (!review.suppressed().isEmpty()) {
        lines.add("  (" + review.suppressed().size() + " suppressed, not listed)");
      }
    }
    lines.add(gateLine(result));
    if (!onChanged.isEmpty()) {
      lines.add("Findings on changed lines:");
      onChanged.forEach(f -> lines.add(line(f)));
    }
    if (!elsewhere.isEmpty()) {
      lines.add("Findings not on changed lines:");
      elsewhere.forEach(f -> lines.add(line(f)));
    }
    List<String> notes = new ArrayList<>(result.notes());
    for (ReviewedFile file : review.unparsedFiles()) {
      notes.add(file.path() + " " + ReviewSummary.unparsedReason(file));
    }
    if (!notes.isEmpty()) {
      lines.add("Notes:");
      notes.forEach(note -> lines.add("  - " + oneLine(note)));
    }
    lines.add("Reports: " + reportDirectory);
    return List.copyOf(lines);
  }

  private static String headline(ReviewSummary review) {
    ReviewResult result = review.result();
    int files = review.files().size();
    StringBuilder line = new StringBuilder("Code review: ");
    line.append(result.status().id()).append(" review of ").append(files).append(files == 1 ? " file" : " files");
    line.append(" (provider ").append(result.provider());
    if (result.model() != null) {
      line.append(", model ").append(result.model());
    }
    if (result.baseRef() != null) {
      line.append(", base ").append(result.baseRef());
    }
    return line.append(')').toString();
  }

  private static String gateLine(ReviewResult result) {
    String verdict = result.gate().failed() ? "FAILED" : "passed";
    String threshold =
        result.gate().failOn() == null ? "off" : "fails on " + result.gate().failOnId() + " or higher";
    String reason = result.gate().reason() == null || result.gate().reason().isBlank()
        ? ""
        : ": " + oneLine(result.gate().reason());
    return "Gate " + verdict + " (" + threshold + ")" + reason;
  }

  private static String suppressedSuffix(ReviewSummary review) {
    int suppressed = review.suppressed().size();
    return suppressed == 0 ? "" : " (" + suppressed + " suppressed)";
  }

  /** {@code path:line severity rule message}. */
  static String line(Finding f) {
    return oneLine(f.path() + ":" + f.startLine() + " " + f.severity().id() + " " + f.ruleId() + " " + f.message());
  }

  /**
   * One line for the log: line breaks folded, tabs made spaces and other control characters dropped, so an escape
   * sequence in a path or a server's error text cannot recolour, move or erase what the terminal shows.
   */
  private static String oneLine(String text) {
    return text == null
        ? ""
        : text.strip().replaceAll("\\s*(\r\n|\r|\n)\\s*", " ").replace('\t', ' ').replaceAll("\\p{Cc}", "");
  }
}
