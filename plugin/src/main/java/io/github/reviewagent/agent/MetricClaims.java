package io.github.reviewagent.agent;

import io.github.reviewagent.metrics.MethodMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Claims about measured values in a model's message, such as "cognitive complexity of 25", "cyclomatic
 * complexity from 4 to 12" or "7 parameters". Only exact figures are claims; "above 15" is a comparison
 * with a threshold and is left alone.
 */
final class MetricClaims {

  /** A metric the measurement knows. */
  enum Metric {
    COGNITIVE("cognitive", MethodMetrics::cognitive),
    CYCLOMATIC("cyclomatic", MethodMetrics::cyclomatic),
    NPATH("NPath", MethodMetrics::npath),
    NCSS("NCSS", MethodMetrics::ncss),
    NESTING("nesting", MethodMetrics::maxNesting),
    PARAMETERS("parameters", MethodMetrics::parameters);

    final String label;
    private final ToLongFunction<MethodMetrics> value;

    Metric(String label, ToLongFunction<MethodMetrics> value) {
      this.label = label;
      this.value = value;
    }

    long of(MethodMetrics metrics) {
      return value.applyAsLong(metrics);
    }
  }

  /**
   * One figure in the message.
   *
   * @param base  whether it claims the value before the change ("from 4" in "from 4 to 12")
   * @param start where the number begins in the message
   * @param end   where the number ends in the message
   */
  record Claim(Metric metric, long value, boolean base, int start, int end) {}

  private static final String CONNECTOR =
      "(?:\\s+(?:complexity|score|value|metric|depth|level))*\\s*"
          + "(?:(?:\\(|of|is|=|:|at|now|reaches|reached|becomes|increased to|rises to|grew to|goes up to|went up to)\\s*)*";
  private static final String FIGURE = "(\\d{1,3}(?:,\\d{3})+|\\d+)";
  private static final Pattern NAMED_FIRST =
      Pattern.compile(
          "(?i)\\b(cognitive|cyclomatic|n-?path|ncss|nesting)" + CONNECTOR + "(?:from\\s+" + FIGURE + "\\s+to\\s+)?" + FIGURE + "\\b(?!\\s*%)");
  private static final Pattern NUMBER_FIRST =
      Pattern.compile("(?i)\\b(\\d+)\\s+(?:(parameters|params|arguments)\\b|levels?\\s+(?:of\\s+|deep\\s+)?(nest))");

  private MetricClaims() {}

  static List<Claim> find(String message) {
    List<Claim> claims = new ArrayList<>();
    Matcher named = NAMED_FIRST.matcher(message);
    while (named.find()) {
      Metric metric = metric(named.group(1));
      if (named.group(2) != null) {
        claims.add(claim(metric, named.group(2), true, named.start(2), named.end(2)));
      }
      claims.add(claim(metric, named.group(3), false, named.start(3), named.end(3)));
    }
    Matcher numberFirst = NUMBER_FIRST.matcher(message);
    while (numberFirst.find()) {
      Metric metric = numberFirst.group(2) != null ? Metric.PARAMETERS : Metric.NESTING;
      claims.add(claim(metric, numberFirst.group(1), false, numberFirst.start(1), numberFirst.end(1)));
    }
    claims.removeIf(c -> c.value() < 0);
    claims.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return claims;
  }

  private static Claim claim(Metric metric, String digits, boolean base, int start, int end) {
    long value;
    try {
      value = Long.parseLong(digits.replace(",", ""));
    } catch (NumberFormatException e) {
      value = -1;
    }
    return new Claim(metric, value, base, start, end);
  }

  private static Metric metric(String name) {
    String lower = name.toLowerCase(Locale.ROOT).replace("-", "");
    return switch (lower) {
      case "cognitive" -> Metric.COGNITIVE;
      case "cyclomatic" -> Metric.CYCLOMATIC;
      case "npath" -> Metric.NPATH;
      case "ncss" -> Metric.NCSS;
      default -> Metric.NESTING;
    };
  }
}
