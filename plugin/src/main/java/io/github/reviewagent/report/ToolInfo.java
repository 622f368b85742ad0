package io.github.reviewagent.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Properties;

/**
 * Who wrote the reports: the tool name, version and home page that SARIF's {@code tool.driver} and the
 * footers of the human-readable reports show.
 *
 * @param name           {@code review-agent}
 * @param version        the plugin's version
 * @param informationUri where users learn about the tool and its rules
 */
public record ToolInfo(String name, String version, String informationUri) {

  /** The project's home page, as in the parent POM's {@code <url>}. */
  public static final String INFORMATION_URI = "https://github.com/review-agent/review-agent";

  private static final String POM_PROPERTIES =
      "/META-INF/maven/io.github.reviewagent/review-maven-plugin/pom.properties";

  public ToolInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(informationUri, "informationUri");
  }

  /**
   * This plugin, its version read from the {@code pom.properties} Maven packs into the plugin jar; {@code
   * unknown} when running from classes that were never packaged (an IDE, the module's own tests).
   */
  public static ToolInfo current() {
    String version = "unknown";
    try (InputStream in = ToolInfo.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        version = properties.getProperty("version", version);
      }
    } catch (IOException e) {
      // The version only labels the reports; an unreadable descriptor must not stop them being written.
    }
    return new ToolInfo("review-agent", version, INFORMATION_URI);
  }
}
