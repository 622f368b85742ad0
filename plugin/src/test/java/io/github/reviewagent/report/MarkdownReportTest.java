package io.github.reviewagent.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewagent.review.Finding;
import io.github.reviewagent.review.GateResult;
import io.github.reviewagent.review.ReviewResult;
import io.github.reviewagent.review.Severity;
import io.github.reviewagent.review.Usage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code review.md}: verdict, counts, tables that survive hostile text, complexity rises, notes. */
class MarkdownReportTest {

  @TempDir Path directory;

  private String markdown(ReviewResult result) throws IOException {
    return ReportTesting.write(result, ReportFormat.MARKDOWN, directory);
  }

  @Test
  void startsWithTheVerdictAndTheGatesReason() throws IOException {
    List<String> lines = markdown(ReviewFixtures.realistic()).lines().toList();
    assertThat(lines.get(0)).isEqualTo("## ❌ Code review: gate failed");
    assertThat(lines.get(2))
        .isEqualTo("**Gate** (fails on **critical** or higher): "
            + "2 findings at or above critical on changed lines (1 blocker, 1 critical).");
    assertThat(lines.get(4)).startsWith("Partial review of 5 files · provider `chat`, model `gpt-4.1-mini`");
  }

  @Test
  void countsPerSeveritySplitByChangedLines() throws IOException {
    String md = markdown(ReviewFixtures.realistic());
    assertThat(md).contains(
        "| Findings | blocker | critical | major | minor | info |\n",
        "| on changed lines | 1 | 1 | 1 | 1 | 1 |\n",
        "| elsewhere | 0 | 1 | 0 | 0 | 0 |\n",
        "1 finding is suppressed in the code and not counted.");
  }

  @Test
  void changedLineTableListsTheMostSevereFirst() throws IOException {
    String md = markdown(ReviewFixtures.realistic());
    String table = md.substring(md.indexOf("### Findings on changed lines (5)"), md.indexOf("### Complexity"));
    List<String> rows = table.lines().filter(l -> l.startsWith("| `")).toList();
    assertThat(rows).hasSize(5);
    assertThat(rows.get(0)).startsWith("| `" + ReviewFixtures.PARSER + ":40` | **blocker** | `model.bug` |");
    assertThat(rows.get(1)).startsWith("| `" + ReviewFixtures.TEMPLATE + ":6` | **critical** |");
    assertThat(rows).noneMatch(row -> row.contains("is 9 lines long"));
  }

  @Test
  void hostileMessageCannotBreakTheTableOrInjectHtml() throws IOException {
    String md = markdown(ReviewFixtures.realistic());
    String row = md.lines().filter(l -> l.contains(ReviewFixtures.TEMPLATE + ":6")).findFirst().orElseThrow();
    // Exactly the four cells' separators: every pipe from the message is escaped.
    assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(5);
    assertThat(row).doesNotContain("<script>", "</script>", "<template>")
        .contains("&lt;script&gt;", "\\[link\\](http://x)", "\\*bold\\*", "\\`name\\`", "&amp;")
        .contains("`@Override`");
  }

  @Test
  void complexityTableShowsRisesBeforeAndAfter() throws IOException {
    String md = markdown(ReviewFixtures.realistic());
    assertThat(md).contains("3 methods got more complex (7 changed: 3 new, 1 removed, 1 simpler).")
        .contains("| `InvoiceParser.parse(String)` in `" + ReviewFixtures.PARSER
            + "` | 4 → **17** (+13) | 3 → **9** (+6) |")
        .contains("| `InvoiceParser.validate(Invoice)` (new) in `" + ReviewFixtures.PARSER + "` | 6 | 5 |")
        .doesNotContain("`TemplateRenderer.name()`")
        .doesNotContain("`InvoiceParser.Line.Line(String,int)`");
  }

  @Test
  void notesIncludeTheReviewsNotesAndUnparsedFiles() throws IOException {
    String md = markdown(ReviewFixtures.realistic());
    assertThat(md).contains("### Notes\n\n- The model server did not answer after 3 attempts (HTTP 503);")
        .contains("- 2 deleted files were not reviewed.\n")
        .contains("- `" + ReviewFixtures.BROKEN + "` could not be parsed at line 7, column 12");
  }

  @Test
  void otherFindingsAreFoldedAway() throws IOException {
    String md = markdown(ReviewFixtures.realistic());
    String details = md.substring(md.indexOf("<details>"), md.indexOf("</details>"));
    assertThat(details).contains("<summary>2 other findings: 1 not on changed lines, 1 suppressed</summary>")
        .contains(":60` | **critical** | `model.error-handling` | The NumberFormatException is swallowed and")
        .contains("*suppressed:* render(String) is 9 lines long.");
  }

  @Test
  void footerNamesToolAndUsage() throws IOException {
    assertThat(markdown(ReviewFixtures.realistic()).strip().lines().reduce((a, b) -> b).orElseThrow())
        .isEqualTo("<sub>review-agent 0.1.0-test · 3 model requests, 12,345 input tokens (2,048 cached), "
            + "1,234 output tokens</sub>");
  }

  @Test
  void emptyReviewSaysSoBriefly() throws IOException {
    String md = markdown(ReviewFixtures.empty());
    assertThat(md).startsWith("## ✅ Code review: passed\n")
        .contains("**No findings.**")
        .doesNotContain("| Findings |", "### ", "<details>");
  }

  @Test
  void longTablesAreCut() throws IOException {
    List<Finding> findings =
        IntStream.range(0, MarkdownRenderer.MAX_ROWS + 7)
            .mapToObj(i -> new Finding("size.method-length", Severity.MINOR, Finding.Source.METRICS,
                "src/F" + (100 + i) + ".java", 1, 1, "long", null, "fp" + i, true, false))
            .toList();
    ReviewResult many =
        new ReviewResult(ReviewResult.Status.COMPLETE, "offline", null, null, null, List.of(),
            List.of(ReviewFixtures.LENGTH), findings, Usage.NONE,
            new GateResult(Severity.CRITICAL, false, "Nothing critical."), List.of());
    String md = markdown(many);
    assertThat(md.lines().filter(l -> l.startsWith("| `src/F"))).hasSize(MarkdownRenderer.MAX_ROWS);
    assertThat(md).contains("…and 7 more: see `review.html` or `review.json`.");
  }

  @Test
  void longMessagesShrinkTheTablesToFitAPullRequestComment() throws IOException {
    String essay = "This method does far too much. ".repeat(60);
    List<Finding> findings =
        IntStream.range(0, 40)
            .mapToObj(i -> new Finding("size.method-length", Severity.MINOR, Finding.Source.MODEL,
                "src/F" + (100 + i) + ".java", 1, 1, essay, null, "fp" + i, true, false))
            .toList();
    ReviewResult verbose =
        new ReviewResult(ReviewResult.Status.COMPLETE, "chat", "m", null, null, List.of(),
            List.of(ReviewFixtures.LENGTH), findings, Usage.NONE,
            new GateResult(Severity.CRITICAL, false, "Nothing critical."), List.of());
    String md = markdown(verbose);
    assertThat(md.length()).isLessThanOrEqualTo(MarkdownRenderer.MAX_CHARS);
    long rows = md.lines().filter(l -> l.startsWith("| `src/F")).count();
    assertThat(rows).isBetween(1L, 39L);
    assertThat(md).contains("…and " + (40 - rows) + " more: see `review.html` or `review.json`.");
  }

  @Test
  void manyNotesAreCutToFitAPullRequestComment() throws IOException {
    // A model review that ran out of time names every part it did not review: one note each.
    List<String> notes =
        IntStream.range(0, 800)
            .mapToObj(i -> "Not reviewed by the model: src/main/java/com/example/F" + i
                + ".java (the review ran out of time after 900 s).")
            .toList();
    ReviewResult timedOut =
        new ReviewResult(ReviewResult.Status.PARTIAL, "chat", "m", null, null, List.of(), List.of(), List.of(),
            Usage.NONE, new GateResult(Severity.CRITICAL, false, "The review is partial."), notes);
    String md = markdown(timedOut);
    assertThat(md.length()).isLessThanOrEqualTo(MarkdownRenderer.MAX_CHARS);
    long shown = md.lines().filter(l -> l.startsWith("- Not reviewed by the model: ")).count();
    assertThat(shown).isBetween(1L, (long) MarkdownRenderer.MAX_ROWS);
    assertThat(md).contains("…and " + (800 - shown) + " more: see `review.html` or `review.json`.");
  }

  @Test
  void skippedReviewSaysSkipped() throws IOException {
    ReviewResult skipped =
        new ReviewResult(ReviewResult.Status.SKIPPED, "offline", null, null, null, List.of(), List.of(), List.of(),
            Usage.NONE, new GateResult(null, false, "review.skip is true."), List.of());
    String md = markdown(skipped);
    assertThat(md).startsWith("## ⏭️ Code review skipped\n\n**Gate** (off, `failOn=none`): review.skip is true.");
  }
}
