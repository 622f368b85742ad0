package io.github.reviewagent.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reviewagent.metrics.MetricsAnalyzer;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class JavaReleaseTest {

  @Test
  void theParameterWins() {
    assertThat(JavaRelease.resolve("17", properties("maven.compiler.release", "11"))).isEqualTo(17);
  }

  @Test
  void elseTheReleaseTheBuildCompilesFor() {
    assertThat(JavaRelease.resolve(null, properties("maven.compiler.release", "11"))).isEqualTo(11);
    assertThat(JavaRelease.resolve(" ", properties("maven.compiler.source", "1.8"))).isEqualTo(8);
  }

  @Test
  void elseTwentyOne() {
    assertThat(JavaRelease.resolve(null, new Properties())).isEqualTo(21);
    assertThat(JavaRelease.resolve(null, properties("maven.compiler.release", "${java.version}"))).isEqualTo(21);
  }

  @Test
  void aBuildForAReleaseNewerThanTheParserKnowsIsParsedAtTheNewestItKnows() {
    int newest = MetricsAnalyzer.newestJavaVersion();
    assertThat(JavaRelease.resolve(null, properties("maven.compiler.release", String.valueOf(newest + 3))))
        .isEqualTo(newest);
  }

  @Test
  void aBadParameterIsNamed() {
    assertThatThrownBy(() -> JavaRelease.resolve("99", new Properties()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("review.javaVersion has the value '99': ")
        .hasMessageContaining("17 or 21");
    assertThatThrownBy(() -> JavaRelease.resolve("seventeen", new Properties()))
        .hasMessageStartingWith("review.javaVersion has the value 'seventeen': ");
  }

  private static Properties properties(String name, String value) {
    Properties properties = new Properties();
    properties.setProperty(name, value);
    return properties;
  }
}
