package io.github.reviewagent.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reviewagent.metrics.MetricsAnalyzer;
import java.util.Properties;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
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

  @Test
  void theCompilerPluginsConfigurationAndTheCommandLineCountAsTheyDoForTheCompiler() {
    // Many builds set <release> in the compiler plugin's configuration, not as a property; and -D on the command
    // line wins over the POM's property, as for the compiler.
    assertThat(JavaRelease.resolve(null, JavaRelease.compilerProperties(project(null, "17", null), new Properties())))
        .isEqualTo(17);
    assertThat(JavaRelease.resolve(null, JavaRelease.compilerProperties(project("11", null, "17"), new Properties())))
        .as("the configured release wins over the property")
        .isEqualTo(17);
    assertThat(JavaRelease.resolve(null, JavaRelease.compilerProperties(project(null, null, "11"), properties("maven.compiler.release", "17"))))
        .isEqualTo(17);
    assertThat(JavaRelease.resolve(null, JavaRelease.compilerProperties(project(null, null, null), new Properties())))
        .isEqualTo(21);
  }

  /** A project whose compiler plugin is configured with these (null: not) and whose POM has this property. */
  private static MavenProject project(String configuredSource, String configuredRelease, String releaseProperty) {
    Model model = new Model();
    if (releaseProperty != null) {
      model.getProperties().setProperty("maven.compiler.release", releaseProperty);
    }
    Plugin compiler = new Plugin();
    compiler.setGroupId("org.apache.maven.plugins");
    compiler.setArtifactId("maven-compiler-plugin");
    Xpp3Dom configuration = new Xpp3Dom("configuration");
    for (String[] entry : new String[][] {{"source", configuredSource}, {"release", configuredRelease}}) {
      if (entry[1] != null) {
        Xpp3Dom child = new Xpp3Dom(entry[0]);
        child.setValue(entry[1]);
        configuration.addChild(child);
      }
    }
    compiler.setConfiguration(configuration);
    model.setBuild(new Build());
    model.getBuild().addPlugin(compiler);
    return new MavenProject(model);
  }

  private static Properties properties(String name, String value) {
    Properties properties = new Properties();
    properties.setProperty(name, value);
    return properties;
  }
}
