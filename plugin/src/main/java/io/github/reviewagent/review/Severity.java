package io.github.reviewagent.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How much a finding matters, lowest first; the order is the gate's order. */
public enum Severity {
  INFO,
  MINOR,
  MAJOR,
  CRITICAL,
  BLOCKER;

  /** The lower-case name users write and reports show. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }

  /**
   * Parses a user-written severity, case-insensitively.
   *
   * @param parameter the parameter name to put in the message, e.g. {@code review.failOn}
   * @throws IllegalArgumentException naming the parameter and the accepted values
   */
  public static Severity parse(String value, String parameter) {
    String wanted = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    for (Severity severity : values()) {
      if (severity.name().equals(wanted)) {
        return severity;
      }
    }
    throw new IllegalArgumentException(
        parameter + " has the value '" + value + "'; use one of " + ids());
  }

  static String ids() {
    return Arrays.stream(values()).map(Severity::id).collect(Collectors.joining(", "));
  }
}
