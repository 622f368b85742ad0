package io.github.reviewagent.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewagent.review.Finding;
import io.github.reviewagent.review.GateResult;
import io.github.reviewagent.review.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityGateTest {

  private static final GatePolicy CRITICAL_ON_CHANGES = new GatePolicy(Severity.CRITICAL, true, false);

  private static Finding finding(String rule, Severity severity, boolean onChangedLine, boolean suppressed) {
    return new Finding(rule, severity, Finding.Source.METRICS, "A.java", 1, 2, "m", null, "f", onChangedLine, suppressed);
  }

  @Test
  void findingAtOrAboveFailOnOnAChangedLineFailsAndIsCountedByRule() {
    List<Finding> findings =
        List.of(
            finding("complexity.cognitive", Severity.CRITICAL, true, false),
            finding("complexity.cognitive", Severity.BLOCKER, true, false),
            finding("complexity.nesting", Severity.CRITICAL, true, false),
            finding("size.ncss", Severity.MAJOR, true, false));

    GateResult gate = QualityGate.evaluate(CRITICAL_ON_CHANGES, findings, null);

    assertThat(gate.failed()).isTrue();
    assertThat(gate.failOn()).isEqualTo(Severity.CRITICAL);
    assertThat(gate.reason())
        .isEqualTo("3 findings at or above critical on changed lines (2 complexity.cognitive, 1 complexity.nesting).");
  }

  @Test
  void belowFailOnSuppressedAndOffTheChangedLinesDoNotFail() {
    List<Finding> findings =
        List.of(
            finding("size.ncss", Severity.MAJOR, true, false),
            finding("complexity.cognitive", Severity.CRITICAL, true, true),
            finding("complexity.cognitive", Severity.BLOCKER, false, false));

    GateResult gate = QualityGate.evaluate(CRITICAL_ON_CHANGES, findings, null);

    assertThat(gate.failed()).isFalse();
    assertThat(gate.reason()).isEqualTo("No unsuppressed finding at or above critical on changed lines.");
  }

  @Test
  void inAnAuditEveryLineCounts() {
    GateResult gate =
        QualityGate.evaluate(
            new GatePolicy(Severity.CRITICAL, false, false),
            List.of(finding("complexity.cognitive", Severity.CRITICAL, false, false)),
            null);

    assertThat(gate.failed()).isTrue();
    assertThat(gate.reason()).isEqualTo("1 finding at or above critical (1 complexity.cognitive).");
  }

  @Test
  void failOnNoneNeverFails() {
    GateResult gate =
        QualityGate.evaluate(
            new GatePolicy(null, true, false), List.of(finding("x", Severity.BLOCKER, true, false)), null);

    assertThat(gate.failed()).isFalse();
    assertThat(gate.failOnId()).isEqualTo("none");
    assertThat(gate.reason()).contains("review.failOn is none").contains("1 finding reported");
  }

  @Test
  void failOnInfoCountsEverything() {
    GateResult gate =
        QualityGate.evaluate(
            new GatePolicy(Severity.INFO, true, false), List.of(finding("x", Severity.INFO, true, false)), null);

    assertThat(gate.failed()).isTrue();
  }

  @Test
  void aModelProblemIsNeverASilentPass() {
    GateResult passed = QualityGate.evaluate(CRITICAL_ON_CHANGES, List.of(), "the server answered 503");
    GateResult failed =
        QualityGate.evaluate(new GatePolicy(Severity.CRITICAL, true, true), List.of(), "the server answered 503");

    assertThat(passed.failed()).isFalse();
    assertThat(passed.reason()).contains("partial").contains("the server answered 503");
    assertThat(failed.failed()).isTrue();
    assertThat(failed.reason()).contains("the server answered 503").contains("review.failOnModelError is true");
  }
}
