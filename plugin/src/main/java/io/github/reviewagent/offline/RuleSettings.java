package io.github.reviewagent.offline;

import io.github.reviewagent.review.Severity;

/**
 * How one offline rule is configured.
 *
 * @param enabled   false when the user turned the rule {@code off}
 * @param threshold a method is reported when its value is above this
 * @param severity  the severity of findings on new code or on complexity the change raised
 */
public record RuleSettings(boolean enabled, long threshold, Severity severity) {

  public RuleSettings {
    if (threshold < 0) {
      throw new IllegalArgumentException("a threshold cannot be negative: " + threshold);
    }
  }

  /** The rule as shipped. */
  public static RuleSettings defaults(OfflineRule rule) {
    return new RuleSettings(true, rule.defaultThreshold(), rule.defaultSeverity());
  }
}
