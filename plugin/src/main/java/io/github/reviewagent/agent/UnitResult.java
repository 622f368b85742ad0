package io.github.reviewagent.agent;

import java.util.List;

/**
 * How one review unit ended.
 *
 * @param findings  what the model proposed (empty unless reviewed)
 * @param malformed entries of the answer that were not findings
 * @param reason    why the unit was not reviewed, or null
 * @param notes     other things the user should know about this unit
 */
record UnitResult(ReviewUnit unit, Status status, List<ProposedFinding> findings, int malformed, String reason, List<String> notes) {

  UnitResult {
    findings = List.copyOf(findings);
    notes = List.copyOf(notes);
  }

  /** Whether the model's answer is in. */
  enum Status {
    REVIEWED,
    CACHED,
    NOT_REVIEWED
  }

  static UnitResult notReviewed(ReviewUnit unit, String reason, List<String> notes) {
    return new UnitResult(unit, Status.NOT_REVIEWED, List.of(), 0, reason, notes);
  }
}
