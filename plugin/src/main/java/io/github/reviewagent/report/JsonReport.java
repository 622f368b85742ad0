package io.github.reviewagent.report;

import java.util.List;
import java.util.Map;

/**
 * The wire shape of {@code review.json}, as INTERFACE.md promises it, plus the tool, per-file status,
 * parse errors and method metrics, the rules, a summary of counts and the notes. Nulls are written as
 * {@code null} so every key is always there for scripts.
 */
record JsonReport(
    int schemaVersion,
    Tool tool,
    String status,
    String provider,
    String model,
    Base base,
    Summary summary,
    List<File> files,
    List<RuleEntry> rules,
    List<FindingEntry> findings,
    Usage usage,
    Gate gate,
    List<String> notes) {

  record Tool(String name, String version) {}

  record Base(String ref, String commit) {}

  /**
   * Counts of unsuppressed findings.
   *
   * @param bySeverity every severity, highest first, with its count
   */
  record Summary(
      int files, int findings, int onChangedLines, int elsewhere, int suppressed, Map<String, Long> bySeverity) {}

  record File(
      String path,
      String previousPath,
      String status,
      List<int[]> changedLines,
      ParseError parseError,
      List<Method> methods) {}

  record ParseError(int line, int column, String message) {}

  record Method(String type, String signature, String change, Version base, Version head) {}

  record Version(String name, String kind, int line, int endLine, Metrics metrics) {}

  record Metrics(
      int cyclomatic, int cognitive, long npath, int ncss, int loc, int maxNesting, int parameters) {}

  record RuleEntry(
      String id, String name, String shortDescription, String fullDescription, String help, String defaultSeverity) {}

  record FindingEntry(
      String ruleId,
      String severity,
      String source,
      String path,
      int startLine,
      int endLine,
      String message,
      String suggestion,
      String fingerprint,
      boolean onChangedLine,
      boolean suppressed) {}

  record Usage(long requests, long inputTokens, long cachedInputTokens, long outputTokens) {}

  record Gate(String failOn, boolean failed, String reason) {}
}
