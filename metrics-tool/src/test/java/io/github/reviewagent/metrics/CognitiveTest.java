package io.github.reviewagent.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@link Cognitive} on the hand-counted fixtures: one dynamic test per method. */
class CognitiveTest {

  private final CognitiveOurs ours = new CognitiveOurs();

  @TestFactory
  Stream<DynamicTest> matchesTheHandCount() {
    List<DynamicTest> tests = new ArrayList<>();
    for (CognitiveFixtures.Fixture fixture : CognitiveFixtures.all()) {
      for (CognitiveSonarReference.Scored method : ours.measure(fixture.name(), fixture.source())) {
        int expected = fixture.expected(method.line());
        tests.add(
            DynamicTest.dynamicTest(
                fixture.name() + ":" + method.line() + " " + method.name(),
                () -> assertThat(method.cognitive()).as("hand count on the method's first line").isEqualTo(expected)));
      }
    }
    return tests.stream();
  }

  @Test
  void everyFixtureMethodCarriesOneHandCount() {
    for (CognitiveFixtures.Fixture fixture : CognitiveFixtures.all()) {
      List<CognitiveSonarReference.Scored> methods = ours.measure(fixture.name(), fixture.source());
      assertThat(methods).as(fixture.name()).allSatisfy(m -> assertThat(fixture.expected(m.line())).as(m.toString()).isNotNegative());
      assertThat(methods).as("one method per hand count in %s", fixture.name()).hasSize((int) fixture.expectationCount());
    }
  }

  @Test
  void methodWithoutBodyScoresZero() {
    assertThat(scores("interface I { void run(); }")).containsExactly(0);
  }

  @Test
  void declarationParsedOnItsOwnIsScored() {
    var method =
        new JavaParser()
            .parseBodyDeclaration("void m(boolean a) { if (a) {} else {} }")
            .getResult()
            .orElseThrow();
    assertThat(Cognitive.of(method)).isEqualTo(2);
  }

  @Test
  void theMeasuredMethodItselfDoesNotNest() {
    // The first if of a method adds 1, not 2: the method body is nesting level 0.
    assertThat(scores("class C { void m(boolean a) { if (a) {} } }")).containsExactly(1);
  }

  @Test
  void longAlternatingChainCountsEveryRun() {
    String chain = "a" + " && a || a".repeat(2_000);
    // 4,000 operators alternating between && and ||: each one starts a new run.
    assertThat(scores("class C { boolean m(boolean a) { return " + chain + "; } }")).containsExactly(4_000);
  }

  @Test
  void metricsAnalyzerReportsItPerMethod() {
    String source =
        """
        class C {
          int m(boolean a, boolean b) {
            Runnable r = new Runnable() {
              public void run() { if (a) {} }
            };
            return a && b || !a ? 1 : 0;
          }
        }
        """;
    FileReport report = new MetricsAnalyzer().analyze("C.java", source);

    // m: if 2 inside the anonymous class + ?: 1 + && 1 + || 1; run scores 0, counted in m.
    assertThat(report.types())
        .flatMap(TypeReport::methods)
        .extracting(MethodReport::name, method -> method.metrics().cognitive())
        .containsExactlyInAnyOrder(Tuple.tuple("m", 5), Tuple.tuple("run", 0));
  }

  private List<Integer> scores(String source) {
    return ours.measure("C.java", source).stream().map(CognitiveSonarReference.Scored::cognitive).toList();
  }
}
