package io.github.reviewagent.gate;

import io.github.reviewagent.review.Finding;
import io.github.reviewagent.review.GateResult;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Decides whether the review fails the build. */
public final class QualityGate {

  private QualityGate() {}

  /**
   * Suppressed findings never count; neither do findings below {@code failOn}, nor, when the policy says so,
   * findings off the changed lines.
   *
   * @param modelProblem why the model review did not finish, or null when it did (or no model was asked);
   *                     a review with a model problem never passes silently: the reason says so
   */
  public static GateResult evaluate(GatePolicy policy, List<Finding> findings, String modelProblem) {
    List<Finding> gating =
        policy.failOn() == null
            ? List.of()
            : findings.stream()
                .filter(f -> !f.suppressed())
                .filter(f -> f.severity().atLeast(policy.failOn()))
                .filter(f -> !policy.changedLinesOnly() || f.onChangedLine())
                .toList();
    String where = policy.changedLinesOnly() ? " on changed lines" : "";
    String partial =
        modelProblem == null ? "" : " The review is partial: the model review did not finish (" + modelProblem + ").";
    if (modelProblem != null && policy.failOnModelError()) {
      String also = gating.isEmpty() ? "" : " Also " + count(gating) + " at or above " + policy.failOnId() + where + ".";
      return new GateResult(
          policy.failOn(),
          true,
          "The model review did not finish (" + modelProblem + ") and review.failOnModelError is true." + also);
    }
    if (!gating.isEmpty()) {
      return new GateResult(
          policy.failOn(),
          true,
          count(gating) + " at or above " + policy.failOnId() + where + " (" + byRule(gating) + ")." + partial);
    }
    if (policy.failOn() == null) {
      return new GateResult(
          null, false, "review.failOn is none: the gate does not fail the build (" + count(findings) + " reported)." + partial);
    }
    return new GateResult(
        policy.failOn(), false, "No unsuppressed finding at or above " + policy.failOnId() + where + "." + partial);
  }

  /** "1 finding" or "3 findings". */
  private static String count(List<Finding> findings) {
    return findings.size() + (findings.size() == 1 ? " finding" : " findings");
  }

  private static String byRule(List<Finding> findings) {
    Map<String, Long> counts =
        findings.stream().collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
    return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
  }
}
