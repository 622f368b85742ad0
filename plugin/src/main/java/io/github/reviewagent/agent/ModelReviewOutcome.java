package io.github.reviewagent.agent;

import io.github.reviewagent.review.Finding;
import io.github.reviewagent.review.Rule;
import io.github.reviewagent.review.Usage;
import java.util.List;

/**
 * What the model review produced.
 *
 * @param findings the model's verified findings (source {@code model}), sorted by path, line, then rule;
 *                 never an offline finding: the caller adds these to its own
 * @param rules    the rules those findings refer to
 * @param usage    tokens and requests, summed over every turn
 * @param partial  whether some part of the change was not reviewed by the model (the notes say which and why)
 * @param notes    one sentence each: what was not reviewed and why, what the checks dropped or corrected
 * @param stats    counts for the log
 */
public record ModelReviewOutcome(
    List<Finding> findings, List<Rule> rules, Usage usage, boolean partial, List<String> notes, Stats stats) {

  public ModelReviewOutcome {
    findings = List.copyOf(findings);
    rules = List.copyOf(rules);
    notes = List.copyOf(notes);
  }

  /**
   * @param units       review units the change was split into
   * @param reviewed    units the model answered (including cached ones)
   * @param cached      units answered from the cache without a model call
   * @param proposed    findings the model proposed
   * @param dropped     findings dropped: file not under review, lines not in the file or quoted code not
   *                    found, a metric claim that the measurement contradicts, unreadable
   * @param reanchored  findings moved to where their quoted code is
   * @param corrected   findings whose metric claim was corrected to the measured value
   * @param merged      findings merged into an offline finding or into another model finding
   */
  public record Stats(
      int units, int reviewed, int cached, int proposed, int dropped, int reanchored, int corrected, int merged) {}
}
