package io.github.reviewagent.report;

import io.github.reviewagent.metrics.MethodMetrics;
import io.github.reviewagent.review.Finding;
import io.github.reviewagent.review.GateResult;
import io.github.reviewagent.review.ReviewResult;
import io.github.reviewagent.review.Severity;
import io.github.reviewagent.review.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * {@code review.md}: a short summary for a pull-request comment or {@code $GITHUB_STEP_SUMMARY}: the verdict,
 * counts, the findings on changed lines, the methods that got more complex, notes, and the other findings
 * folded away. Long tables are cut (GitHub caps a comment at 65,536 characters); the full lists are in
 * {@code review.json} and {@code review.html}.
 */
final class MarkdownRenderer implements ReportRenderer {

  /** Rows per table before it is cut. */
  static final int MAX_ROWS = 50;
  /** GitHub refuses comments over 65,536 characters; this leaves room for a bot's own wrapping. */
  static final int MAX_CHARS = 60_000;

  private final ToolInfo tool;

  MarkdownRenderer(ToolInfo tool) {
    this.tool = tool;
  }

  /** The summary with at most {@link #MAX_ROWS} rows a table, fewer when long messages would make it too big. */
  @Override
  public String render(ReviewSummary review, SourceFiles sources) {
    String md = render(review, MAX_ROWS);
    for (int rows = MAX_ROWS / 2; md.length() > MAX_CHARS && rows > 0; rows /= 2) {
      md = render(review, rows);
    }
    return md.length() > MAX_CHARS ? render(review, 0) : md;
  }

  private String render(ReviewSummary review, int maxRows) {
    ReviewResult result = review.result();
    StringBuilder md = new StringBuilder();
    md.append("## ").append(headline(result)).append("\n\n");
    md.append(gateLine(result.gate())).append("\n\n");
    md.append(scopeLine(review)).append("\n\n");
    counts(review, md);
    List<Finding> onChanged = mostSevereFirst(review.onChangedLines());
    if (!onChanged.isEmpty()) {
      md.append("### Findings on changed lines (").append(onChanged.size()).append(")\n\n");
      findingTable(onChanged, maxRows, md);
    }
    complexity(review, maxRows, md);
    notes(review, maxRows, md);
    others(review, maxRows, md);
    md.append("<sub>").append(MarkdownText.text(footer(result.usage()))).append("</sub>\n");
    return md.toString();
  }

  private static String headline(ReviewResult result) {
    if (result.status() == ReviewResult.Status.SKIPPED) {
      return "⏭️ Code review skipped";
    }
    if (result.gate().failed()) {
      return "❌ Code review: gate failed";
    }
    return result.status() == ReviewResult.Status.PARTIAL
        ? "⚠️ Code review: passed, but the review is partial"
        : "✅ Code review: passed";
  }

  private static String gateLine(GateResult gate) {
    String rule =
        gate.failOn() == null
            ? "**Gate** (off, `failOn=none`)"
            : "**Gate** (fails on **" + gate.failOnId() + "** or higher)";
    String reason = gate.reason() == null || gate.reason().isBlank() ? "" : ": " + MarkdownText.text(gate.reason());
    return rule + reason;
  }

  private static String scopeLine(ReviewSummary review) {
    ReviewResult result = review.result();
    int files = review.files().size();
    StringBuilder line = new StringBuilder();
    line.append(result.status().id()).append(" review of ").append(files).append(files == 1 ? " file" : " files");
    line.append(" · provider ").append(MarkdownText.code(result.provider()));
    if (result.model() != null) {
      line.append(", model ").append(MarkdownText.code(result.model()));
    }
    if (result.baseRef() != null || result.baseCommit() != null) {
      line.append(" · base");
      if (result.baseRef() != null) {
        line.append(' ').append(MarkdownText.code(result.baseRef()));
      }
      if (result.baseCommit() != null) {
        line.append(" (").append(MarkdownText.code(shortCommit(result.baseCommit()))).append(')');
      }
    }
    return line.substring(0, 1).toUpperCase(Locale.ROOT) + line.substring(1);
  }

  private static void counts(ReviewSummary review, StringBuilder md) {
    if (review.findings().isEmpty()) {
      md.append("**No findings.**\n\n");
      return;
    }
    Map<Severity, Long> changed = ReviewSummary.countBySeverity(review.onChangedLines());
    Map<Severity, Long> elsewhere = ReviewSummary.countBySeverity(review.elsewhere());
    md.append("| Findings |");
    ReviewSummary.HIGHEST_FIRST.forEach(s -> md.append(' ').append(s.id()).append(" |"));
    md.append("\n| --- |");
    ReviewSummary.HIGHEST_FIRST.forEach(s -> md.append(" ---: |"));
    md.append("\n| on changed lines |");
    ReviewSummary.HIGHEST_FIRST.forEach(s -> md.append(' ').append(changed.get(s)).append(" |"));
    md.append("\n| elsewhere |");
    ReviewSummary.HIGHEST_FIRST.forEach(s -> md.append(' ').append(elsewhere.get(s)).append(" |"));
    md.append("\n\n");
    int suppressed = review.suppressed().size();
    if (suppressed > 0) {
      md.append(suppressed).append(suppressed == 1 ? " finding is" : " findings are")
          .append(" suppressed in the code and not counted.\n\n");
    }
  }

  private static void findingTable(List<Finding> findings, int maxRows, StringBuilder md) {
    md.append("| Location | Severity | Rule | Message |\n| --- | --- | --- | --- |\n");
    for (Finding f : findings.subList(0, Math.min(findings.size(), maxRows))) {
      md.append("| ").append(MarkdownText.code(f.path() + ":" + f.startLine()))
          .append(" | ").append(f.severity().atLeast(Severity.CRITICAL) ? "**" + f.severity().id() + "**" : f.severity().id())
          .append(" | ").append(MarkdownText.code(f.ruleId()))
          .append(" | ").append(f.suppressed() ? "*suppressed:* " : "").append(MarkdownText.text(f.message()));
      if (f.suggestion() != null && !f.suggestion().isBlank()) {
        md.append("<br>*Suggestion:* ").append(MarkdownText.text(f.suggestion()));
      }
      md.append(" |\n");
    }
    more(findings.size(), maxRows, md);
    md.append('\n');
  }

  private static void complexity(ReviewSummary review, int maxRows, StringBuilder md) {
    List<MethodDelta> rises = review.complexityRises();
    if (rises.isEmpty()) {
      return;
    }
    md.append("### Complexity changes\n\n");
    List<MethodDelta> changes = review.methodChanges();
    long added = changes.stream().filter(MethodDelta::isNew).count();
    long removed = changes.stream().filter(MethodDelta::isRemoved).count();
    long simpler = changes.stream().filter(d -> !d.isRemoved() && (d.cognitiveDelta() < 0 || d.cyclomaticDelta() < 0)).count();
    md.append(rises.size()).append(rises.size() == 1 ? " method got" : " methods got").append(" more complex");
    md.append(" (").append(changes.size()).append(" changed: ").append(added).append(" new, ")
        .append(removed).append(" removed, ").append(simpler).append(" simpler).\n\n");
    md.append("| Method | Cognitive | Cyclomatic |\n| --- | ---: | ---: |\n");
    for (MethodDelta delta : rises.subList(0, Math.min(rises.size(), maxRows))) {
      md.append("| ").append(MarkdownText.code(delta.label())).append(delta.isNew() ? " (new)" : "")
          .append(" in ").append(MarkdownText.code(delta.path()))
          .append(" | ").append(change(delta, MethodMetrics::cognitive, delta.cognitiveDelta()))
          .append(" | ").append(change(delta, MethodMetrics::cyclomatic, delta.cyclomaticDelta()))
          .append(" |\n");
    }
    more(rises.size(), maxRows, md);
    md.append('\n');
  }

  /** {@code 4 → 9 (+5)}; a new method's value alone. */
  private static String change(MethodDelta delta, ToIntFunction<MethodMetrics> metric, int difference) {
    int head = metric.applyAsInt(delta.head());
    if (delta.base() == null) {
      return String.valueOf(head);
    }
    int base = metric.applyAsInt(delta.base());
    if (base == head) {
      return String.valueOf(head);
    }
    return base + " → " + (difference > 0 ? "**" + head + "**" : String.valueOf(head))
        + " (" + (difference > 0 ? "+" : "") + difference + ")";
  }

  private static void notes(ReviewSummary review, int maxRows, StringBuilder md) {
    List<String> notes = new ArrayList<>();
    review.result().notes().forEach(note -> notes.add(MarkdownText.text(note)));
    review.unparsedFiles().forEach(file -> notes.add(
        MarkdownText.code(file.path()) + " " + MarkdownText.text(ReviewSummary.unparsedReason(file))));
    if (notes.isEmpty()) {
      return;
    }
    md.append("### Notes\n\n");
    // The first note says why a review is partial; it stays even when everything else is cut.
    int shown = Math.max(1, maxRows);
    notes.subList(0, Math.min(notes.size(), shown)).forEach(note -> md.append("- ").append(note).append('\n'));
    more(notes.size(), shown, md);
    md.append('\n');
  }

  private static void others(ReviewSummary review, int maxRows, StringBuilder md) {
    List<Finding> others = new ArrayList<>(mostSevereFirst(review.elsewhere()));
    others.addAll(mostSevereFirst(review.suppressed()));
    if (others.isEmpty()) {
      return;
    }
    md.append("<details>\n<summary>").append(others.size()).append(others.size() == 1 ? " other finding" : " other findings")
        .append(": ").append(review.elsewhere().size()).append(" not on changed lines, ")
        .append(review.suppressed().size()).append(" suppressed</summary>\n\n");
    findingTable(others, maxRows, md);
    md.append("</details>\n\n");
  }

  private static List<Finding> mostSevereFirst(List<Finding> findings) {
    return findings.stream().sorted(ReviewSummary.MOST_SEVERE_FIRST).toList();
  }

  private static void more(int total, int maxRows, StringBuilder md) {
    if (total > maxRows) {
      md.append("\n…and ").append(total - maxRows).append(" more: see `review.html` or `review.json`.\n");
    }
  }

  private String footer(Usage usage) {
    return tool.name() + " " + tool.version() + ReviewSummary.usageText(usage);
  }

  static String shortCommit(String commit) {
    return commit.length() > 12 ? commit.substring(0, 12) : commit;
  }
}
