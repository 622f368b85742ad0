package io.github.reviewagent.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewagent.review.Finding;
import io.github.reviewagent.review.GateResult;
import io.github.reviewagent.review.ReviewResult;
import io.github.reviewagent.review.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

  private final List<String> lines = ConsoleReport.lines(ReviewFixtures.realistic(), Path.of("target/review"));

  @Test
  void startsWithASummaryTableAndTheGate() {
    assertThat(lines.subList(0, 9)).containsExactly(
        "Code review: partial review of 5 files (provider chat, model gpt-4.1-mini, base origin/main)",
        "  severity   changed lines  elsewhere",
        "  blocker                1          0",
        "  critical               1          1",
        "  major                  1          0",
        "  minor                  1          0",
        "  info                   1          0",
        "  (1 suppressed, not listed)",
        "Gate FAILED (fails on critical or higher): 2 findings at or above critical on changed lines "
            + "(1 blocker, 1 critical).");
  }

  @Test
  void listsFindingsOnChangedLinesFirstInTheFormLogParsersLink() {
    int changed = lines.indexOf("Findings on changed lines:");
    int elsewhere = lines.indexOf("Findings not on changed lines:");
    assertThat(changed).isPositive().isLessThan(elsewhere);
    assertThat(lines.subList(changed + 1, elsewhere)).containsExactly(
        ReviewFixtures.PARSER + ":12 major complexity.cognitive Cognitive complexity of parse(String) rose from 4 "
            + "to 17, above the threshold of 15.",
        ReviewFixtures.PARSER + ":12 minor complexity.cyclomatic Cyclomatic complexity of parse(String) rose from 3 to 9.",
        ReviewFixtures.PARSER + ":40 blocker model.bug The total is computed before the discount is applied, so "
            + "discounted invoices are overcharged.",
        ReviewFixtures.HELLO + ":3 info size.method-length main(String[]) prints a greeting.",
        ReviewFixtures.TEMPLATE + ":6 critical model.error-handling " + ReviewFixtures.NASTY_MESSAGE);
    assertThat(lines.get(elsewhere + 1)).isEqualTo(ReviewFixtures.PARSER
        + ":60 critical model.error-handling The NumberFormatException is swallowed and the line is silently dropped.");
  }

  @Test
  void suppressedFindingsAreNotListed() {
    assertThat(lines).noneMatch(line -> line.contains("is 9 lines long"));
  }

  @Test
  void endsWithNotesAndWhereTheReportsAre() {
    assertThat(lines.subList(lines.indexOf("Notes:"), lines.size())).containsExactly(
        "Notes:",
        "  - The model server did not answer after 3 attempts (HTTP 503); core/src/main/java/com/acme/core/Util.java "
            + "was reviewed offline only.",
        "  - 2 deleted files were not reviewed.",
        "  - " + ReviewFixtures.BROKEN + " could not be parsed at line 7, column 12 (Parse error. Found \"}\", "
            + "expected one of  \";\" \"<\"); it has no metrics.",
        "Reports: " + Path.of("target/review"));
  }

  @Test
  void controlCharactersFromAServerOrAFileNameNeverReachTheTerminal() {
    // An escape sequence in a note (a server's error text) or a path could recolour or erase lines of the log.
    ReviewResult empty = ReviewFixtures.empty();
    String path = "src/main/java/Bell\u0007\u001b[2KName.java";
    ReviewResult review = new ReviewResult(empty.status(), empty.provider(), empty.model(), empty.baseRef(),
        empty.baseCommit(), empty.files(), empty.rules(),
        List.of(new Finding("model.bug", Severity.MAJOR, Finding.Source.MODEL, path, 3, 3, "Bad\tthing.", null, "fp", true,
            false)),
        empty.usage(), new GateResult(Severity.CRITICAL, false, "Passed.\u001b[1A\u001b[2K"),
        List.of("POST /chat/completions: HTTP 500: \u001b[2J\u001b[31mOK\u001b[0m\u0085done\u009b"));
    List<String> printed = ConsoleReport.lines(review, Path.of("out"));
    assertThat(String.join("\n", printed)).doesNotContainPattern("[\\p{Cc}&&[^\n]]");
    assertThat(printed).contains(
        "src/main/java/Bell[2KName.java:3 major model.bug Bad thing.",
        "Gate passed (fails on critical or higher): Passed.[1A[2K",
        "  - POST /chat/completions: HTTP 500: [2J[31mOK[0mdone");
  }

  @Test
  void emptyReviewIsThreeLines() {
    assertThat(ConsoleReport.lines(ReviewFixtures.empty(), Path.of("out"))).containsExactly(
        "Code review: complete review of 1 file (provider offline, base origin/main)",
        "  No findings.",
        "Gate passed (fails on critical or higher): No findings at or above critical on changed lines.",
        "Reports: out");
  }
}
