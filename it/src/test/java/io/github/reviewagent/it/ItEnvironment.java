package io.github.reviewagent.it;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the forked builds find Maven, the staged plugin and the sample projects (set by Failsafe). */
final class ItEnvironment {

  private ItEnvironment() {}

  static Path mavenHome() {
    return directory("it.mavenHome");
  }

  static Path repository() {
    return directory("it.repository");
  }

  static Path settings() {
    return path("it.settings");
  }

  static Path work() {
    return path("it.work");
  }

  static Path projects() {
    return directory("it.projects");
  }

  static String pluginVersion() {
    return property("it.pluginVersion");
  }

  private static Path directory(String name) {
    Path path = path(name);
    if (!Files.isDirectory(path)) {
      throw new IllegalStateException(name + " is not a directory: " + path + " (run the ITs through ./mvnw verify)");
    }
    return path;
  }

  private static Path path(String name) {
    return Path.of(property(name)).toAbsolutePath().normalize();
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("System property " + name + " is not set: run the ITs through ./mvnw verify");
    }
    return value;
  }
}
