package io.github.reviewagent.report;

import io.github.reviewagent.metrics.MethodMetrics;
import io.github.reviewagent.metrics.MethodReport;
import io.github.reviewagent.metrics.ParseProblem;
import io.github.reviewagent.metrics.diff.MethodChange;
import io.github.reviewagent.review.Finding;
import io.github.reviewagent.review.Finding.Source;
import io.github.reviewagent.review.GateResult;
import io.github.reviewagent.review.LineRange;
import io.github.reviewagent.review.ReviewResult;
import io.github.reviewagent.review.ReviewedFile;
import io.github.reviewagent.review.Rule;
import io.github.reviewagent.review.Severity;
import io.github.reviewagent.review.Usage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Reviews with known content for the report tests, and the source text the reports quote. */
final class ReviewFixtures {

  static final ToolInfo TOOL = new ToolInfo("review-agent", "0.1.0-test", ToolInfo.INFORMATION_URI);

  static final String PARSER = "billing/src/main/java/com/acme/billing/InvoiceParser.java";
  static final String TEMPLATE = "web/src/main/java/com/acme/web/TemplateRenderer.java";
  static final String BROKEN = "core/src/main/java/com/acme/core/Broken.java";
  static final String UTIL = "core/src/main/java/com/acme/core/Util.java";
  static final String HELLO = "samples/src/main/java/Hello World.java";

  /** A message with everything that must be escaped in Markdown, HTML and XML. */
  static final String NASTY_MESSAGE =
      "Output `name` is written unescaped: <script>alert(\"x\")</script> | a & b | [link](http://x) *bold* @Override";

  static final Rule COGNITIVE =
      new Rule("complexity.cognitive", "CognitiveComplexity", "Method is hard to understand",
          "Cognitive complexity (SonarSource, rule S3776) measures how hard a method is to follow.",
          "Split the method: extract the nested branches into well-named methods.", Severity.MAJOR);
  static final Rule CYCLOMATIC =
      new Rule("complexity.cyclomatic", "CyclomaticComplexity", "Method has many paths",
          "Cyclomatic complexity (PMD CYCLO) counts the independent paths through a method.",
          "Reduce the number of branches; consider a lookup table or polymorphism.", Severity.MINOR);
  static final Rule LENGTH =
      new Rule("size.method-length", "MethodLength", "Method is long",
          "Long methods do several things at once.", "Extract parts of the method.", Severity.INFO);
  static final Rule BUG =
      new Rule("model.bug", "LikelyBug", "Likely bug",
          "The model found code that probably does not do what it is meant to.",
          "Read the finding and **fix** the code, or explain in a comment why it is right.", Severity.BLOCKER);
  static final Rule ERRORS =
      new Rule("model.error-handling", "ErrorHandling", "Errors are lost or mishandled",
          "Exceptions are swallowed, over-broad, or leave the program in a bad state.",
          "Catch the narrowest exception and handle or rethrow it with context.", Severity.CRITICAL);

  private ReviewFixtures() {}

  /**
   * A partial review of five files: findings of every severity from both sources, one suppressed, one off
   * the changed lines, one spanning 27 lines, one in a file whose source is unavailable, a file that does
   * not parse, a renamed file, and modified, added, removed and unchanged methods.
   */
  static ReviewResult realistic() {
    List<ReviewedFile> files =
        List.of(
            new ReviewedFile(TEMPLATE, null, ReviewedFile.Status.ADDED, List.of(new LineRange(1, 14)),
                List.of(method("TemplateRenderer", "render(String)", MethodChange.Change.ADDED, null,
                    report("render", "render(String)", 4, 12, metrics(3, 4))),
                    method("TemplateRenderer", "name()", MethodChange.Change.ADDED, null,
                        report("name", "name()", 13, 13, metrics(1, 0)))),
                null),
            new ReviewedFile(PARSER, null, ReviewedFile.Status.MODIFIED,
                List.of(new LineRange(10, 24), new LineRange(40, 41)),
                List.of(
                    method("InvoiceParser", "parse(String)", MethodChange.Change.MODIFIED,
                        report("parse", "parse(String)", 12, 30, metrics(3, 4)),
                        report("parse", "parse(String)", 12, 38, metrics(9, 17))),
                    method("InvoiceParser", "validate(Invoice)", MethodChange.Change.ADDED, null,
                        report("validate", "validate(Invoice)", 39, 50, metrics(5, 6))),
                    method("InvoiceParser", "legacyFormat(String)", MethodChange.Change.REMOVED,
                        report("legacyFormat", "legacyFormat(String)", 40, 52, metrics(2, 3)), null),
                    method("InvoiceParser.Line", "Line(String,int)", MethodChange.Change.MODIFIED,
                        constructor("Line", "Line(String,int)", 55, 62, metrics(5, 6)),
                        constructor("Line", "Line(String,int)", 55, 59, metrics(2, 1))),
                    method("InvoiceParser", "toString()", MethodChange.Change.UNCHANGED,
                        report("toString", "toString()", 63, 65, metrics(1, 0)),
                        report("toString", "toString()", 63, 65, metrics(1, 0)))),
                null),
            new ReviewedFile(BROKEN, null, ReviewedFile.Status.MODIFIED, List.of(new LineRange(5, 8)), List.of(),
                new ParseProblem(7, 12, "Parse error. Found \"}\", expected one of  \";\" \"<\"")),
            new ReviewedFile(UTIL, "core/src/main/java/com/acme/core/Utils.java", ReviewedFile.Status.RENAMED,
                List.of(new LineRange(3, 3)),
                List.of(method("Util", "clamp(int,int,int)", MethodChange.Change.MODIFIED,
                    report("clamp", "clamp(int,int,int)", 3, 9, metrics(3, 2)),
                    report("clamp", "clamp(int,int,int)", 3, 9, metrics(3, 2)))),
                null),
            new ReviewedFile(HELLO, null, ReviewedFile.Status.ADDED, List.of(new LineRange(1, 5)), List.of(), null));
    List<Finding> findings =
        List.of(
            new Finding("model.bug", Severity.BLOCKER, Source.MODEL, PARSER, 40, 41,
                "The total is computed before the discount is applied, so discounted invoices are overcharged.",
                "Apply the discount first, then compute the total.", "fp-bug-0001", true, false),
            new Finding("complexity.cognitive", Severity.MAJOR, Source.METRICS, PARSER, 12, 38,
                "Cognitive complexity of parse(String) rose from 4 to 17, above the threshold of 15.",
                null, "fp-cog-0002", true, false),
            new Finding("complexity.cyclomatic", Severity.MINOR, Source.METRICS, PARSER, 12, 38,
                "Cyclomatic complexity of parse(String) rose from 3 to 9.", null, "fp-cyc-0003", true, false),
            new Finding("model.error-handling", Severity.CRITICAL, Source.MODEL, PARSER, 60, 60,
                "The NumberFormatException is swallowed\nand the line is silently dropped.",
                "Rethrow it with the line number.", "fp-err-0004", false, false),
            new Finding("model.error-handling", Severity.CRITICAL, Source.MODEL, TEMPLATE, 6, 7,
                NASTY_MESSAGE, "Escape with `Html.escape(name)` | or a <template>.", "fp-err-0005", true, false),
            new Finding("size.method-length", Severity.INFO, Source.METRICS, TEMPLATE, 4, 12,
                "render(String) is 9 lines long.", null, "fp-len-0006", true, true),
            new Finding("size.method-length", Severity.INFO, Source.METRICS, HELLO, 3, 3,
                "main(String[]) prints a greeting.", null, "fp-len-0007", true, false));
    return new ReviewResult(
        ReviewResult.Status.PARTIAL,
        "chat",
        "gpt-4.1-mini",
        "origin/main",
        "3f1c2b4a5d6e7f8091a2b3c4d5e6f708192a3b4c",
        files,
        List.of(COGNITIVE, CYCLOMATIC, LENGTH, BUG, ERRORS),
        findings,
        new Usage(3, 12_345, 2_048, 1_234),
        new GateResult(Severity.CRITICAL, true,
            "2 findings at or above critical on changed lines (1 blocker, 1 critical)."),
        List.of(
            "The model server did not answer after 3 attempts (HTTP 503); "
                + "core/src/main/java/com/acme/core/Util.java was reviewed offline only.",
            "2 deleted files were not reviewed."));
  }

  /** A complete offline review of one file that found nothing. */
  static ReviewResult empty() {
    return new ReviewResult(
        ReviewResult.Status.COMPLETE,
        "offline",
        null,
        "origin/main",
        "3f1c2b4a5d6e7f8091a2b3c4d5e6f708192a3b4c",
        List.of(new ReviewedFile(UTIL, null, ReviewedFile.Status.MODIFIED, List.of(new LineRange(3, 3)), List.of(), null)),
        List.of(),
        List.of(),
        Usage.NONE,
        new GateResult(Severity.CRITICAL, false, "No findings at or above critical on changed lines."),
        List.of());
  }

  /** The current text of the realistic review's files; {@link #HELLO} has none, as if it were unreadable. */
  static Function<String, Optional<String>> sources() {
    Map<String, String> texts =
        Map.of(PARSER, parserSource(), TEMPLATE, TEMPLATE_SOURCE, BROKEN, BROKEN_SOURCE, UTIL, UTIL_SOURCE);
    return path -> Optional.ofNullable(texts.get(path));
  }

  static final String TEMPLATE_SOURCE =
      """
      package com.acme.web;

      final class TemplateRenderer {
        String render(String name) {
          // closes the page early: </script><b>bold</b> & more
          String html = "<p>" + name + "</p>";
          return html + "</script>" + '|' + "`tick`";
        }
        // a | pipe, a `backtick`, an ]]> and a control character: \u0007
      \tString tabbed() { return "\t"; }
        private String name = "x";
        String name() { return name; }
      }
      """;

  static final String BROKEN_SOURCE =
      """
      package com.acme.core;

      class Broken {
        void run() {
          int x = 1
          if (x > 0) {
            }
        }
      }
      """;

  static final String UTIL_SOURCE =
      """
      package com.acme.core;
      final class Util {
        static int clamp(int value, int min, int max) {
          if (value < min) {
            return min;
          }
          return Math.min(value, max);
        }
      }
      """;

  /** 65 numbered lines with {@code parse} spanning 12 to 38. */
  static String parserSource() {
    return IntStream.rangeClosed(1, 65)
        .mapToObj(n -> switch (n) {
          case 1 -> "package com.acme.billing;";
          case 12 -> "  Invoice parse(String text) {";
          case 13 -> "    if (text == null || text.isBlank()) {";
          case 38 -> "  }";
          case 40 -> "    long total = sum(lines);";
          case 41 -> "    total = total - discount(total);";
          case 60 -> "    } catch (NumberFormatException e) { /* ignored */ }";
          default -> "    // line " + n;
        })
        .collect(Collectors.joining("\n", "", "\n"));
  }

  static MethodMetrics metrics(int cyclomatic, int cognitive) {
    return new MethodMetrics(cyclomatic, cognitive, cyclomatic * 2L, cyclomatic * 3, cyclomatic * 4, cognitive / 3, 1);
  }

  private static MethodChange method(
      String type, String signature, MethodChange.Change change, MethodReport base, MethodReport head) {
    return new MethodChange(type, signature, change, base, head);
  }

  private static MethodReport report(String name, String signature, int line, int endLine, MethodMetrics metrics) {
    return new MethodReport(name, signature, MethodReport.Kind.METHOD, line, endLine, metrics);
  }

  private static MethodReport constructor(String name, String signature, int line, int endLine, MethodMetrics metrics) {
    return new MethodReport(name, signature, MethodReport.Kind.CONSTRUCTOR, line, endLine, metrics);
  }
}
