package io.github.reviewagent.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewagent.agent.MetricClaims.Metric;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricClaimsTest {

  private static List<String> claims(String message) {
    return MetricClaims.find(message).stream()
        .map(c -> c.metric() + "=" + c.value() + (c.base() ? " (base)" : "") + " @" + message.substring(c.start(), c.end()))
        .toList();
  }

  @Test
  void findsExactFigures() {
    assertThat(claims("This method has a cognitive complexity of 25.")).containsExactly("COGNITIVE=25 @25");
    assertThat(claims("Cyclomatic complexity is now 12 and NPath = 1,024")).containsExactly("CYCLOMATIC=12 @12", "NPATH=1024 @1,024");
    assertThat(claims("nesting depth of 5; it takes 9 parameters")).containsExactly("NESTING=5 @5", "PARAMETERS=9 @9");
    assertThat(claims("NCSS: 80")).containsExactly("NCSS=80 @80");
    assertThat(claims("Blocks go 4 levels deep nested")).containsExactly("NESTING=4 @4");
  }

  @Test
  void findsTheBaseFigureOfAFromToClaim() {
    assertThat(claims("The change raised cognitive complexity from 4 to 19."))
        .containsExactly("COGNITIVE=4 (base) @4", "COGNITIVE=19 @19");
  }

  @Test
  void ignoresComparisonsAndPercentages() {
    assertThat(claims("Cognitive complexity above 15 makes it hard to follow")).isEmpty();
    assertThat(claims("The cyclomatic complexity exceeds the threshold")).isEmpty();
    assertThat(claims("cognitive complexity grew by 40 %")).isEmpty();
    assertThat(claims("The loop runs 3 times")).isEmpty();
  }

  @Test
  void metricsReadTheirMeasuredValue() {
    var measured = new io.github.reviewagent.metrics.MethodMetrics(3, 4, 5, 6, 7, 8, 9);
    assertThat(Metric.CYCLOMATIC.of(measured)).isEqualTo(3);
    assertThat(Metric.COGNITIVE.of(measured)).isEqualTo(4);
    assertThat(Metric.NPATH.of(measured)).isEqualTo(5);
    assertThat(Metric.NCSS.of(measured)).isEqualTo(6);
    assertThat(Metric.NESTING.of(measured)).isEqualTo(8);
    assertThat(Metric.PARAMETERS.of(measured)).isEqualTo(9);
  }
}
