package io.github.reviewagent.offline;

import io.github.reviewagent.review.Severity;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The settings of every offline rule: the defaults, changed by the user's {@code <rules>} entries.
 *
 * @param settings one entry per rule
 */
public record OfflineConfig(Map<OfflineRule, RuleSettings> settings) {

  public OfflineConfig {
    settings = Collections.unmodifiableMap(new EnumMap<>(settings));
    if (settings.size() != OfflineRule.values().length) {
      throw new IllegalArgumentException("every offline rule needs settings: " + settings.keySet());
    }
  }

  /** Every rule on, with its shipped threshold and severity. */
  public static OfflineConfig defaults() {
    Map<OfflineRule, RuleSettings> all = new EnumMap<>(OfflineRule.class);
    for (OfflineRule rule : OfflineRule.values()) {
      all.put(rule, RuleSettings.defaults(rule));
    }
    return new OfflineConfig(all);
  }

  /**
   * The defaults, changed by the user's entries. Each entry maps a rule id to one or more words separated by
   * spaces or commas: a whole number (the threshold), a severity ({@code info} .. {@code blocker}), or
   * {@code off} / {@code on}. Examples: {@code 20}, {@code major}, {@code 20 major}, {@code off}.
   *
   * @param parameter the parameter's name for messages, e.g. {@code rules}
   * @throws IllegalArgumentException naming the parameter, the rule and what is accepted
   */
  public static OfflineConfig parse(Map<String, String> entries, String parameter) {
    Map<OfflineRule, RuleSettings> all = new EnumMap<>(defaults().settings);
    if (entries == null) {
      return new OfflineConfig(all);
    }
    for (Map.Entry<String, String> entry : entries.entrySet()) {
      String id = entry.getKey() == null ? "" : entry.getKey();
      OfflineRule rule =
          OfflineRule.byId(id)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          parameter + " names the unknown rule '" + id + "'; the rules are " + OfflineRule.ids()));
      all.put(rule, parseValue(all.get(rule), entry.getValue(), parameter + "/" + rule.id()));
    }
    return new OfflineConfig(all);
  }

  private static RuleSettings parseValue(RuleSettings current, String value, String where) {
    // A separator before the first word splits off an empty word: there is nothing in it to read.
    List<String> words =
        value == null ? List.of() : Arrays.stream(value.split("[\\s,]+")).filter(word -> !word.isEmpty()).toList();
    if (words.isEmpty()) {
      throw new IllegalArgumentException(where + " is empty; " + accepted());
    }
    Boolean enabled = null;
    Long threshold = null;
    Severity severity = null;
    for (String word : words) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (lower.equals("off") || lower.equals("on")) {
        if (enabled != null && enabled != lower.equals("on")) {
          throw new IllegalArgumentException(where + " has the value '" + value + "', which says both 'on' and 'off'; " + accepted());
        }
        enabled = lower.equals("on");
      } else if (lower.chars().allMatch(Character::isDigit)) {
        if (threshold != null) {
          throw new IllegalArgumentException(where + " has the value '" + value + "', which gives more than one threshold; " + accepted());
        }
        try {
          threshold = Long.parseLong(lower);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(where + " has the threshold '" + word + "', which is too large", e);
        }
      } else {
        Severity parsed;
        try {
          parsed = Severity.parse(word, where);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(where + " has the value '" + value + "'; " + accepted(), e);
        }
        if (severity != null) {
          throw new IllegalArgumentException(where + " has the value '" + value + "', which gives more than one severity; " + accepted());
        }
        severity = parsed;
      }
    }
    return new RuleSettings(
        enabled == null ? current.enabled() : enabled,
        threshold == null ? current.threshold() : threshold,
        severity == null ? current.severity() : severity);
  }

  private static String accepted() {
    return "write a threshold (a whole number), a severity (info, minor, major, critical, blocker), both (e.g."
        + " '20 major'), or 'off'";
  }

  public RuleSettings of(OfflineRule rule) {
    return settings.get(rule);
  }
}
