package io.github.reviewagent.report;

import io.github.reviewagent.metrics.diff.MethodChange;
import io.github.reviewagent.review.Finding;
import io.github.reviewagent.review.ReviewResult;
import io.github.reviewagent.review.ReviewedFile;
import io.github.reviewagent.review.Rule;
import io.github.reviewagent.review.Severity;
import io.github.reviewagent.review.Usage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A review as every report reads it: findings and files in one stable order, the findings split the way
 * the reports present them, counts and the complexity changes. Reports never sort on their own, so all of
 * them list things in the same order and golden files stay stable.
 */
final class ReviewSummary {

  /** Path, lines, rule, then fingerprint: a total order, whatever order the reviewers produced. */
  static final Comparator<Finding> FINDING_ORDER =
      Comparator.comparing(Finding::path)
          .thenComparingInt(Finding::startLine)
          .thenComparingInt(Finding::endLine)
          .thenComparing(Finding::ruleId)
          .thenComparing(f -> f.fingerprint() == null ? "" : f.fingerprint())
          .thenComparing(Finding::message);

  /** Highest severity first, then {@link #FINDING_ORDER}: for lists a reader skims from the top. */
  static final Comparator<Finding> MOST_SEVERE_FIRST =
      Comparator.comparing(Finding::severity).reversed().thenComparing(FINDING_ORDER);

  /** Severities as the reports list them: the ones that matter most first. */
  static final List<Severity> HIGHEST_FIRST =
      List.of(Severity.BLOCKER, Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.INFO);

  private final ReviewResult result;
  private final List<Finding> findings;
  private final List<ReviewedFile> files;
  private final Map<String, ReviewedFile> filesByPath;
  private final Map<String, Rule> rulesById;
  private final List<MethodDelta> methodChanges;

  ReviewSummary(ReviewResult result) {
    this.result = result;
    this.findings = result.findings().stream().sorted(FINDING_ORDER).toList();
    this.files = result.files().stream().sorted(Comparator.comparing(ReviewedFile::path)).toList();
    this.filesByPath = new TreeMap<>();
    files.forEach(file -> filesByPath.putIfAbsent(file.path(), file));
    this.rulesById = new TreeMap<>();
    result.rules().forEach(rule -> rulesById.putIfAbsent(rule.id(), rule));
    this.methodChanges =
        files.stream()
            .flatMap(file -> file.methods().stream().map(change -> new MethodDelta(file.path(), change)))
            .filter(delta -> delta.change().change() != MethodChange.Change.UNCHANGED)
            .sorted(MethodDelta.BIGGEST_RISE_FIRST)
            .toList();
  }

  ReviewResult result() {
    return result;
  }

  /** Every finding, suppressed ones included, in {@link #FINDING_ORDER}. */
  List<Finding> findings() {
    return findings;
  }

  /** Unsuppressed findings on lines the change added or modified: what the gate looks at. */
  List<Finding> onChangedLines() {
    return findings.stream().filter(f -> !f.suppressed() && f.onChangedLine()).toList();
  }

  /** Unsuppressed findings on lines the change did not touch. */
  List<Finding> elsewhere() {
    return findings.stream().filter(f -> !f.suppressed() && !f.onChangedLine()).toList();
  }

  List<Finding> suppressed() {
    return findings.stream().filter(Finding::suppressed).toList();
  }

  /** The reviewed files sorted by path. */
  List<ReviewedFile> files() {
    return files;
  }

  Optional<ReviewedFile> file(String path) {
    return Optional.ofNullable(filesByPath.get(path));
  }

  /** The files that could not be parsed. */
  List<ReviewedFile> unparsedFiles() {
    return files.stream().filter(file -> file.parseError() != null).toList();
  }

  /** The rules of the review sorted by id, plus a plain stand-in for any rule a finding names but the review lacks. */
  List<Rule> rules() {
    Map<String, Rule> all = new TreeMap<>(rulesById);
    findings.forEach(f -> all.computeIfAbsent(f.ruleId(), ReviewSummary::standInRule));
    return List.copyOf(all.values());
  }

  /** Counts of unsuppressed findings per severity, for the given split. */
  static Map<Severity, Long> countBySeverity(List<Finding> findings) {
    Map<Severity, Long> counts = new EnumMap<>(Severity.class);
    HIGHEST_FIRST.forEach(s -> counts.put(s, 0L));
    counts.putAll(findings.stream().collect(Collectors.groupingBy(Finding::severity, Collectors.counting())));
    return counts;
  }

  /** Findings grouped by path, paths sorted, each group in {@link #FINDING_ORDER}. */
  static Map<String, List<Finding>> byPath(List<Finding> findings) {
    return findings.stream()
        .collect(Collectors.groupingBy(Finding::path, TreeMap::new, Collectors.toList()));
  }

  /** Added, modified and removed methods, the biggest rise in complexity first. */
  List<MethodDelta> methodChanges() {
    return methodChanges;
  }

  /** The methods whose cognitive or cyclomatic complexity went up, the biggest rise first. */
  List<MethodDelta> complexityRises() {
    return methodChanges.stream().filter(MethodDelta::rose).toList();
  }

  /** What the notes sections say after an unparsed file's path: where the parser stopped and what it said. */
  static String unparsedReason(ReviewedFile file) {
    return "could not be parsed" + where(file) + " (" + file.parseError().message().strip() + "); it has no metrics.";
  }

  /** {@code " · 3 model requests, ..."} for the reports' footers; empty when no model was asked. */
  static String usageText(Usage usage) {
    if (usage.requests() == 0) {
      return "";
    }
    return String.format(
        Locale.ROOT,
        " · %,d model %s, %,d input tokens (%,d cached), %,d output tokens",
        usage.requests(),
        usage.requests() == 1 ? "request" : "requests",
        usage.inputTokens(),
        usage.cachedInputTokens(),
        usage.outputTokens());
  }

  /**
   * The finding's fingerprint; for a finding that lacks one, a hash of its rule, path and message, so
   * formats that require a fingerprint (SARIF, GitLab) still get a stable one.
   */
  static String fingerprint(Finding finding) {
    if (finding.fingerprint() != null && !finding.fingerprint().isBlank()) {
      return finding.fingerprint();
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest((finding.ruleId() + "\n" + finding.path() + "\n" + finding.message())
                  .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  private static String where(ReviewedFile file) {
    int line = file.parseError().line();
    int column = file.parseError().column();
    if (line <= 0) {
      return "";
    }
    return column > 0 ? " at line " + line + ", column " + column : " at line " + line;
  }

  private static Rule standInRule(String id) {
    return new Rule(id, id, id, id, "No description of this rule was provided.", Severity.INFO);
  }
}
