package io.github.reviewagent.report;

import io.github.reviewagent.metrics.MethodMetrics;
import io.github.reviewagent.review.Finding;
import io.github.reviewagent.review.GateResult;
import io.github.reviewagent.review.ReviewResult;
import io.github.reviewagent.review.ReviewedFile;
import io.github.reviewagent.review.Severity;
import io.github.reviewagent.review.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/**
 * {@code review.html}: one self-contained page (inline CSS and SVG, no script, no external resource): the
 * verdict and counts, a chart of what the change did to each method's complexity, and the findings per
 * file with the code around them, the finding's lines and the changed lines highlighted.
 *
 * <p>The markup is also well-formed XML, and every text from the code or a reviewer is escaped.
 */
final class HtmlRenderer implements ReportRenderer {

  /** Lines of context shown around a finding. */
  static final int CONTEXT = 2;
  /** A finding spanning more lines shows its first and last lines with a gap between. */
  static final int MAX_SPAN = 16;
  private static final int SPAN_HEAD = 10;
  private static final int SPAN_TAIL = 4;

  private final ToolInfo tool;

  HtmlRenderer(ToolInfo tool) {
    this.tool = tool;
  }

  @Override
  public String render(ReviewSummary review, SourceFiles sources) {
    ReviewResult result = review.result();
    StringBuilder html = new StringBuilder(32_768);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>").append(Markup.text(verdict(result) + " · " + tool.name())).append("</title>\n")
        .append("<style>").append(HtmlStyle.CSS).append("</style>\n</head>\n<body>\n");
    header(review, html);
    html.append("<main>\n");
    notes(review, html);
    complexity(review, html);
    findings(review, sources, html);
    html.append("</main>\n");
    html.append("<footer>").append(Markup.text(footer(result.usage()))).append("</footer>\n");
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  private static String verdict(ReviewResult result) {
    if (result.status() == ReviewResult.Status.SKIPPED) {
      return "Review skipped";
    }
    if (result.gate().failed()) {
      return "Gate failed";
    }
    return result.status() == ReviewResult.Status.PARTIAL ? "Passed, partial review" : "Passed";
  }

  private static String verdictClass(ReviewResult result) {
    if (result.status() == ReviewResult.Status.SKIPPED) {
      return "skipped";
    }
    if (result.gate().failed()) {
      return "failed";
    }
    return result.status() == ReviewResult.Status.PARTIAL ? "partial" : "passed";
  }

  private void header(ReviewSummary review, StringBuilder html) {
    ReviewResult result = review.result();
    GateResult gate = result.gate();
    html.append("<header class=\"top ").append(verdictClass(result)).append("\">\n")
        .append("<p class=\"kicker\">Code review by ").append(Markup.text(tool.name())).append("</p>\n")
        .append("<h1><span class=\"verdict\">").append(Markup.text(verdict(result))).append("</span></h1>\n");
    if (gate.reason() != null && !gate.reason().isBlank()) {
      html.append("<p class=\"reason\">").append(Markup.text(gate.reason())).append("</p>\n");
    }
    html.append("<dl class=\"facts\">\n");
    fact(html, "Status", result.status().id());
    fact(html, "Gate", gate.failOn() == null ? "off (failOn none)" : "fails on " + gate.failOnId() + " or higher");
    fact(html, "Reviewer", result.provider() + (result.model() == null ? "" : " · " + result.model()));
    if (result.baseRef() != null || result.baseCommit() != null) {
      String ref = result.baseRef() == null ? "" : result.baseRef();
      String commit = result.baseCommit() == null ? "" : MarkdownRenderer.shortCommit(result.baseCommit());
      fact(html, "Base", (ref + " " + commit).strip());
    }
    fact(html, "Files", String.valueOf(review.files().size()));
    html.append("</dl>\n");
    Map<Severity, Long> changed = ReviewSummary.countBySeverity(review.onChangedLines());
    Map<Severity, Long> elsewhere = ReviewSummary.countBySeverity(review.elsewhere());
    html.append("<ul class=\"counts\">\n");
    for (Severity severity : ReviewSummary.HIGHEST_FIRST) {
      long onChanged = changed.get(severity);
      long other = elsewhere.get(severity);
      html.append("<li class=\"count sev-").append(severity.id()).append(onChanged + other == 0 ? " zero" : "")
          .append("\"><b>").append(onChanged).append("</b> ").append(severity.id());
      if (other > 0) {
        html.append(" <small>+").append(other).append(" elsewhere</small>");
      }
      html.append("</li>\n");
    }
    int suppressed = review.suppressed().size();
    if (suppressed > 0) {
      html.append("<li class=\"count suppressed\"><b>").append(suppressed).append("</b> suppressed</li>\n");
    }
    html.append("</ul>\n</header>\n");
  }

  private static void fact(StringBuilder html, String name, String value) {
    html.append("<div><dt>").append(name).append("</dt><dd>").append(Markup.text(value)).append("</dd></div>\n");
  }

  private static void notes(ReviewSummary review, StringBuilder html) {
    List<ReviewedFile> unparsed = review.unparsedFiles();
    if (review.result().notes().isEmpty() && unparsed.isEmpty()) {
      return;
    }
    html.append("<section class=\"notes\">\n<h2>Notes</h2>\n<ul>\n");
    review.result().notes().forEach(note -> html.append("<li>").append(Markup.text(note)).append("</li>\n"));
    for (ReviewedFile file : unparsed) {
      html.append("<li><code>").append(Markup.text(file.path())).append("</code> ")
          .append(Markup.text(ReviewSummary.unparsedReason(file))).append("</li>\n");
    }
    html.append("</ul>\n</section>\n");
  }

  private static void complexity(ReviewSummary review, StringBuilder html) {
    List<MethodDelta> changes = review.methodChanges();
    if (changes.isEmpty()) {
      return;
    }
    long rose = review.complexityRises().size();
    long added = changes.stream().filter(MethodDelta::isNew).count();
    long removed = changes.stream().filter(MethodDelta::isRemoved).count();
    html.append("<section class=\"complexity\">\n<h2>Complexity</h2>\n<p class=\"lede\">")
        .append(changes.size()).append(changes.size() == 1 ? " method" : " methods").append(" changed: ")
        .append(rose).append(" more complex, ").append(added).append(" new, ").append(removed).append(" removed.");
    if (changes.size() > ComplexityChart.MAX_METHODS) {
      html.append(" The chart shows the ").append(ComplexityChart.MAX_METHODS)
          .append(" biggest rises; the table lists all.");
    }
    html.append("</p>\n<div class=\"chart-wrap\">\n").append(ComplexityChart.svg(changes)).append("</div>\n");
    html.append("<details>\n<summary>Metrics of every changed method</summary>\n<div class=\"table-wrap\">\n")
        .append("<table class=\"metrics\">\n<thead><tr><th>Method</th><th>File</th><th>Change</th>")
        .append("<th>Cognitive</th><th>Cyclomatic</th><th>NPath</th><th>Max nesting</th><th>NCSS</th></tr></thead>\n")
        .append("<tbody>\n");
    for (MethodDelta delta : changes) {
      html.append("<tr><td><code>").append(Markup.text(delta.label())).append("</code></td><td><code>")
          .append(Markup.text(delta.path())).append("</code></td><td>").append(delta.change().change().id())
          .append("</td>");
      metricCell(html, delta, MethodMetrics::cognitive);
      metricCell(html, delta, MethodMetrics::cyclomatic);
      metricCell(html, delta, MethodMetrics::npath);
      metricCell(html, delta, MethodMetrics::maxNesting);
      metricCell(html, delta, MethodMetrics::ncss);
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n</div>\n</details>\n</section>\n");
  }

  private static void metricCell(StringBuilder html, MethodDelta delta, ToLongFunction<MethodMetrics> metric) {
    Long base = delta.base() == null ? null : metric.applyAsLong(delta.base());
    Long head = delta.head() == null ? null : metric.applyAsLong(delta.head());
    String tone = base == null || head == null || base.equals(head) ? "" : head > base ? " class=\"up\"" : " class=\"down\"";
    html.append("<td").append(tone).append('>');
    if (base == null) {
      html.append(head);
    } else if (head == null) {
      html.append(base).append(" → –");
    } else if (base.equals(head)) {
      html.append(head);
    } else {
      html.append(base).append(" → ").append(head);
    }
    html.append("</td>");
  }

  private static void findings(ReviewSummary review, SourceFiles sources, StringBuilder html) {
    Map<String, List<Finding>> byPath = new TreeMap<>(ReviewSummary.byPath(review.findings()));
    List<ReviewedFile> clean = new ArrayList<>();
    for (ReviewedFile file : review.files()) {
      if (!byPath.containsKey(file.path())) {
        if (file.parseError() == null) {
          clean.add(file);
        } else {
          byPath.put(file.path(), List.of());
        }
      }
    }
    html.append("<section class=\"findings\">\n<h2>Findings</h2>\n");
    if (review.findings().isEmpty()) {
      html.append("<p class=\"lede\">No findings.</p>\n");
    } else {
      html.append("<p class=\"filter\"><label><input type=\"checkbox\" id=\"only-changed\"/> ")
          .append("Only findings on changed lines</label></p>\n");
      toc(byPath, html);
    }
    int fileIndex = 0;
    int findingIndex = 0;
    for (Map.Entry<String, List<Finding>> entry : byPath.entrySet()) {
      fileIndex++;
      Optional<ReviewedFile> file = review.file(entry.getKey());
      html.append("<section class=\"file\" id=\"file-").append(fileIndex).append("\">\n<h3><code>")
          .append(Markup.text(entry.getKey())).append("</code>");
      file.ifPresent(f -> fileTags(f, html));
      html.append("</h3>\n");
      file.filter(f -> f.parseError() != null).ifPresent(f -> html.append("<p class=\"parse-error\">This file ")
          .append(Markup.text(ReviewSummary.unparsedReason(f))).append("</p>\n"));
      for (List<Finding> group : sameLines(entry.getValue())) {
        group(group, findingIndex, file.orElse(null), sources, html);
        findingIndex += group.size();
      }
      html.append("</section>\n");
    }
    if (!clean.isEmpty()) {
      html.append("<details class=\"clean\">\n<summary>").append(clean.size())
          .append(clean.size() == 1 ? " file" : " files").append(" without findings</summary>\n<ul>\n");
      for (ReviewedFile file : clean) {
        html.append("<li><code>").append(Markup.text(file.path())).append("</code>");
        fileTags(file, html);
        html.append("</li>\n");
      }
      html.append("</ul>\n</details>\n");
    }
    html.append("</section>\n");
  }

  private static void toc(Map<String, List<Finding>> byPath, StringBuilder html) {
    html.append("<nav class=\"toc\">\n<ul>\n");
    int index = 0;
    for (Map.Entry<String, List<Finding>> entry : byPath.entrySet()) {
      index++;
      html.append("<li><a href=\"#file-").append(index).append("\"><code>").append(Markup.text(entry.getKey()))
          .append("</code></a>");
      for (Severity severity : ReviewSummary.HIGHEST_FIRST) {
        long count = entry.getValue().stream().filter(f -> !f.suppressed() && f.severity() == severity).count();
        if (count > 0) {
          html.append(" <span class=\"badge sev-").append(severity.id()).append("\">").append(count).append(' ')
              .append(severity.id()).append("</span>");
        }
      }
      html.append("</li>\n");
    }
    html.append("</ul>\n</nav>\n");
  }

  private static void fileTags(ReviewedFile file, StringBuilder html) {
    html.append(" <span class=\"tag\">").append(file.status().id()).append("</span>");
    if (file.previousPath() != null) {
      html.append(" <span class=\"muted\">from <code>").append(Markup.text(file.previousPath()))
          .append("</code></span>");
    }
    int changedLines = file.changedLines().stream().mapToInt(r -> r.end() - r.start() + 1).sum();
    if (changedLines > 0) {
      html.append(" <span class=\"muted\">").append(changedLines).append(changedLines == 1 ? " changed line" : " changed lines")
          .append("</span>");
    }
  }

  /** Runs of findings on the same lines, which share one code excerpt. */
  private static List<List<Finding>> sameLines(List<Finding> findings) {
    List<List<Finding>> groups = new ArrayList<>();
    for (Finding f : findings) {
      List<Finding> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (last != null && last.get(0).startLine() == f.startLine() && last.get(0).endLine() == f.endLine()) {
        last.add(f);
      } else {
        groups.add(new ArrayList<>(List.of(f)));
      }
    }
    return groups;
  }

  /**
   * The findings on one range of lines, then the code. The group hides with the "only changed lines" filter
   * when each of its findings does.
   */
  private static void group(List<Finding> group, int before, ReviewedFile file, SourceFiles sources, StringBuilder html) {
    Severity worst = group.stream().map(Finding::severity).max(Severity::compareTo).orElseThrow();
    boolean hideable = group.stream().allMatch(f -> f.suppressed() || !f.onChangedLine());
    html.append("<article class=\"group sev-").append(worst.id()).append(hideable ? " hideable" : "").append("\">\n");
    for (int i = 0; i < group.size(); i++) {
      finding(group.get(i), before + i + 1, html);
    }
    excerpt(group.get(0), file, sources, html);
    html.append("</article>\n");
  }

  private static void finding(Finding f, int index, StringBuilder html) {
    String id = "finding-" + index;
    html.append("<div class=\"finding")
        .append(f.onChangedLine() ? "" : " off-change").append(f.suppressed() ? " suppressed" : "")
        .append("\" id=\"").append(id).append("\">\n<div class=\"finding-head\">")
        .append("<span class=\"badge sev-").append(f.severity().id()).append("\">").append(f.severity().id())
        .append("</span> <code class=\"rule\">").append(Markup.text(f.ruleId())).append("</code> ")
        .append("<a class=\"loc\" href=\"#").append(id).append("\">").append(Markup.text(location(f))).append("</a>")
        .append(" <span class=\"tag\">").append(f.source().id()).append("</span>");
    if (!f.onChangedLine()) {
      html.append(" <span class=\"tag\">not on changed lines</span>");
    }
    if (f.suppressed()) {
      html.append(" <span class=\"tag\">suppressed</span>");
    }
    html.append("</div>\n<p class=\"msg\">").append(Markup.text(f.message())).append("</p>\n");
    if (f.suggestion() != null && !f.suggestion().isBlank()) {
      html.append("<p class=\"suggestion\"><b>Suggestion:</b> ").append(Markup.text(f.suggestion())).append("</p>\n");
    }
    html.append("</div>\n");
  }

  private static String location(Finding f) {
    return f.endLine() > f.startLine()
        ? f.path() + ":" + f.startLine() + "–" + f.endLine()
        : f.path() + ":" + f.startLine();
  }

  private static void excerpt(Finding f, ReviewedFile file, SourceFiles sources, StringBuilder html) {
    Optional<List<String>> text = sources.lines(f.path());
    if (text.isEmpty()) {
      html.append("<p class=\"muted\">The source of this file was not available.</p>\n");
      return;
    }
    List<String> lines = text.get();
    if (f.startLine() > lines.size()) {
      html.append("<p class=\"muted\">Line ").append(f.startLine()).append(" is past the end of the file (")
          .append(lines.size()).append(" lines).</p>\n");
      return;
    }
    int end = Math.min(Math.max(f.startLine(), f.endLine()), lines.size());
    int from = Math.max(1, f.startLine() - CONTEXT);
    int to = Math.min(lines.size(), end + CONTEXT);
    html.append("<div class=\"code-wrap\"><table class=\"code\">\n");
    if (end - f.startLine() + 1 > MAX_SPAN) {
      int headEnd = f.startLine() + SPAN_HEAD - 1;
      int tailStart = end - SPAN_TAIL + 1;
      codeLines(f, file, lines, from, headEnd, html);
      html.append("<tr class=\"gap\"><td class=\"ln\">⋮</td><td class=\"src\">")
          .append(tailStart - headEnd - 1).append(" more lines</td></tr>\n");
      codeLines(f, file, lines, tailStart, to, html);
    } else {
      codeLines(f, file, lines, from, to, html);
    }
    html.append("</table></div>\n");
  }

  private static void codeLines(Finding f, ReviewedFile file, List<String> lines, int from, int to, StringBuilder html) {
    for (int n = from; n <= to; n++) {
      boolean hit = n >= f.startLine() && n <= f.endLine();
      boolean changed = file != null && file.isChanged(n);
      String classes = (hit ? "hit" : "") + (hit && changed ? " " : "") + (changed ? "chg" : "");
      html.append("<tr").append(classes.isEmpty() ? "" : " class=\"" + classes + "\"").append("><td class=\"ln\">")
          .append(n).append("</td><td class=\"src\">").append(Markup.text(lines.get(n - 1))).append("</td></tr>\n");
    }
  }

  private String footer(Usage usage) {
    return "Generated by " + tool.name() + " " + tool.version() + ReviewSummary.usageText(usage);
  }
}
