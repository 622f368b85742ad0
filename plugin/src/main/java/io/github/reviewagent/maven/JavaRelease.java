package io.github.reviewagent.maven;

import io.github.reviewagent.metrics.MetricsAnalyzer;
import java.util.Properties;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The Java release whose syntax the sources use: {@code review.javaVersion} when given, else what the build
 * compiles for ({@code maven.compiler.release}, then {@code maven.compiler.source}, as the compiler sees them),
 * else 21.
 */
final class JavaRelease {

  static final int FALLBACK = MetricsAnalyzer.DEFAULT_JAVA_VERSION;

  private JavaRelease() {}

  /**
   * @param explicit   the parameter's value, or null
   * @param properties the project's properties
   * @throws IllegalArgumentException naming {@code review.javaVersion} when the explicit value is not a release
   *                                  the parser knows
   */
  static int resolve(String explicit, Properties properties) {
    if (explicit != null && !explicit.isBlank()) {
      int release = parse(explicit);
      String problem = "review.javaVersion has the value '" + explicit.strip() + "': ";
      if (release == 0) {
        throw new IllegalArgumentException(problem + "give a Java release number, for example 17 or 21");
      }
      try {
        MetricsAnalyzer.languageLevel(release);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(problem + e.getMessage());
      }
      return release;
    }
    for (String name : new String[] {"maven.compiler.release", "maven.compiler.source"}) {
      int release = parse(properties.getProperty(name));
      if (release > 0) {
        // A release newer than the parser knows is still parsed at the newest level it knows: most code of
        // a new release is old syntax, and a file the parser rejects is reported, never fatal.
        return Math.max(8, Math.min(release, MetricsAnalyzer.newestJavaVersion()));
      }
    }
    return FALLBACK;
  }

  /**
   * The properties {@link #resolve} reads, as the compiler sees them: the POM's {@code maven.compiler.release} and
   * {@code source}, overridden by the command line's, overridden by the compiler plugin's own {@code <release>} and
   * {@code <source>}.
   */
  static Properties compilerProperties(MavenProject project, Properties userProperties) {
    Properties effective = new Properties();
    Plugin compiler = project.getPlugin("org.apache.maven.plugins:maven-compiler-plugin");
    for (String name : new String[] {"release", "source"}) {
      String property = "maven.compiler." + name;
      String value = userProperties.getProperty(property, project.getProperties().getProperty(property));
      if (compiler != null
          && compiler.getConfiguration() instanceof Xpp3Dom configuration
          && configuration.getChild(name) != null
          && configuration.getChild(name).getValue() != null) {
        value = configuration.getChild(name).getValue();
      }
      if (value != null) {
        effective.setProperty(property, value);
      }
    }
    return effective;
  }

  /** {@code 17} or {@code 1.8}; 0 for anything else (an unresolved {@code ${...}} among them). */
  private static int parse(String value) {
    if (value == null) {
      return 0;
    }
    String release = value.strip();
    if (release.startsWith("1.")) {
      release = release.substring(2);
    }
    try {
      return Integer.parseInt(release);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
