package io.github.reviewagent.review.service;

import io.github.reviewagent.metrics.FileReport;
import io.github.reviewagent.metrics.MethodReport;
import io.github.reviewagent.metrics.MetricsAnalyzer;
import io.github.reviewagent.metrics.ParseProblem;
import io.github.reviewagent.metrics.TypeReport;
import io.github.reviewagent.metrics.diff.FileDiff;
import io.github.reviewagent.metrics.diff.MethodChange;
import io.github.reviewagent.metrics.diff.MetricsDiff;
import io.github.reviewagent.metrics.tool.MeasuredFile;
import io.github.reviewagent.offline.OfflineReviewer;
import io.github.reviewagent.review.Finding;
import io.github.reviewagent.review.ReviewedFile;
import io.github.reviewagent.suppression.Suppressions;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** Reviews one file: measures its head and base versions, runs the offline rules, applies its suppressions. */
final class FileReviewer {

  private final int javaVersion;
  private final MetricsAnalyzer analyzer;
  private final MetricsDiff differ;
  private final OfflineReviewer offline;
  private final Charset encoding;
  private final boolean audit;

  /**
   * @param javaVersion the Java release whose syntax to accept
   * @param audit       true to hold every method to the thresholds, false to review what the change did
   */
  FileReviewer(int javaVersion, OfflineReviewer offline, Charset encoding, boolean audit) {
    this.javaVersion = javaVersion;
    this.analyzer = new MetricsAnalyzer(javaVersion);
    this.differ = new MetricsDiff(analyzer);
    this.offline = offline;
    this.encoding = encoding;
    this.audit = audit;
  }

  /**
   * What reviewing one file gave.
   *
   * @param file     the file as the reports show it
   * @param text     its current text, or null when it could not be read
   * @param baseText its text at the base, or null for an added file and in an audit
   * @param findings sorted as the reviewer produced them, suppressions applied
   * @param notes    what else the user should know about this file, one sentence each
   * @param measured what was measured of {@code text} (compared with {@code baseText} when there is one), for
   *                 {@code get_code_metrics} to answer from; null when the file could not be read
   */
  record Result(
      ReviewedFile file, String text, String baseText, List<Finding> findings, List<String> notes, MeasuredFile measured) {}

  /** Never throws for bad input: an unreadable or unparsable file gets a parse error and no findings. */
  Result review(Candidate candidate) {
    String text;
    try {
      // Decoding replaces malformed bytes instead of failing: a wrong encoding must not stop the review.
      text = new String(Files.readAllBytes(candidate.file()), encoding);
    } catch (IOException e) {
      ParseProblem problem = new ParseProblem(0, 0, "could not be read: " + e.getMessage());
      return new Result(file(candidate, List.of(), problem), null, null, List.of(), List.of(), null);
    }
    FileReport head;
    List<MethodChange> methods;
    MeasuredFile measured;
    List<String> notes = new ArrayList<>();
    if (audit) {
      head = analyzer.analyze(candidate.path(), text);
      measured = MeasuredFile.of(javaVersion, text, head);
      methods = unchanged(head);
    } else {
      FileDiff diff = differ.compare(candidate.path(), candidate.baseContent() == null ? "" : candidate.baseContent(), text);
      head = diff.head();
      // As get_code_metrics would measure it: compared with the base the model is told of, else on its own.
      measured =
          candidate.baseContent() == null
              ? MeasuredFile.of(javaVersion, text, head)
              : MeasuredFile.compared(javaVersion, candidate.baseContent(), text, diff);
      if (head.parsed() && !diff.base().parsed()) {
        notes.add(
            candidate.path() + ": the base version does not parse (line " + diff.base().error().line() + ": "
                + diff.base().error().message() + "); its methods were reviewed as new code.");
        diff = differ.compare(candidate.path(), "", text);
      }
      methods = diff.methods();
    }
    if (!head.parsed()) {
      // The reports and the log name the file with its parse problem: no note of its own.
      ParseProblem problem = head.error();
      ParseProblem shortened = new ParseProblem(problem.line(), problem.column(), brief(problem.message()));
      return new Result(file(candidate, List.of(), shortened), text, candidate.baseContent(), List.of(), List.of(), measured);
    }
    ReviewedFile file = file(candidate, methods, null);
    List<Finding> findings = audit ? offline.audit(file) : offline.reviewChanges(file);
    findings = Suppressions.of(text, javaVersion).apply(findings);
    return new Result(file, text, candidate.baseContent(), findings, notes, measured);
  }

  /** JavaParser lists every token it expected; the user needs the first words. */
  private static String brief(String message) {
    int expected = message.indexOf(", expected one of");
    String text = expected > 0 ? message.substring(0, expected) : message;
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }

  private static ReviewedFile file(Candidate candidate, List<MethodChange> methods, ParseProblem problem) {
    return new ReviewedFile(
        candidate.path(), candidate.previousPath(), candidate.status(), candidate.changedLines(), methods, problem);
  }

  /** Every method as it is, for an audit: base and head are the same measurement. */
  private static List<MethodChange> unchanged(FileReport head) {
    List<MethodChange> methods = new ArrayList<>();
    for (TypeReport type : head.types()) {
      for (MethodReport method : type.methods()) {
        methods.add(new MethodChange(type.name(), method.signature(), MethodChange.Change.UNCHANGED, method, method));
      }
    }
    return methods;
  }
}
