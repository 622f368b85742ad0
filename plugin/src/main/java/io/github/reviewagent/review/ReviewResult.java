package io.github.reviewagent.review;

import java.util.List;

/**
 * Everything a review produced: what every report is written from.
 *
 * @param status   complete, partial (something could not be reviewed: see notes) or skipped
 * @param provider offline, chat, responses or assistants
 * @param model    the model name, or null for the offline reviewer
 * @param baseRef  the ref the change was computed against, or null without git
 * @param baseCommit the merge-base commit, or null without git
 * @param files    the files the review covered
 * @param rules    every rule a finding refers to
 * @param findings sorted by path, line, then rule
 * @param usage    model usage
 * @param gate     the verdict
 * @param notes    what the user should know: what was not reviewed and why, warnings; one sentence each
 */
public record ReviewResult(
    Status status,
    String provider,
    String model,
    String baseRef,
    String baseCommit,
    List<ReviewedFile> files,
    List<Rule> rules,
    List<Finding> findings,
    Usage usage,
    GateResult gate,
    List<String> notes) {

  public ReviewResult {
    files = List.copyOf(files);
    rules = List.copyOf(rules);
    findings = List.copyOf(findings);
    notes = List.copyOf(notes);
  }

  /** Whether every part of the review ran. */
  public enum Status {
    COMPLETE,
    PARTIAL,
    SKIPPED;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
