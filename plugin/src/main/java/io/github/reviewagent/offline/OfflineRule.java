package io.github.reviewagent.offline;

import io.github.reviewagent.metrics.MethodMetrics;
import io.github.reviewagent.review.Rule;
import io.github.reviewagent.review.Severity;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * The embedded reviewer's rules: one metric of a method each, with the threshold users know from PMD and
 * SonarQube. A method is reported when its value is above the threshold.
 */
public enum OfflineRule {
  COGNITIVE(
      "complexity.cognitive",
      "CognitiveComplexity",
      "cognitive complexity",
      15,
      Severity.CRITICAL,
      MethodMetrics::cognitive,
      "Method too hard to understand (cognitive complexity)",
      "Cognitive complexity (SonarSource's measure, as computed for Sonar rule S3776) counts how hard a method's"
          + " control flow is to follow: every break in the linear flow adds one and nesting adds more. Above the"
          + " threshold (default 15, Sonar's default) a method is hard to read, test and change safely.",
      "Extract nested blocks into well-named methods and return early instead of nesting."),
  CYCLOMATIC(
      "complexity.cyclomatic",
      "CyclomaticComplexity",
      "cyclomatic complexity",
      10,
      Severity.MAJOR,
      MethodMetrics::cyclomatic,
      "Method with too many decision points (cyclomatic complexity)",
      "Cyclomatic complexity (PMD 7's CYCLO) counts a method's decision points: each if, loop, case label, catch,"
          + " throw and ?:, and each && or || in a condition. Above the threshold (default 10, PMD's) a method"
          + " needs many tests to cover every branch.",
      "Split the method by responsibility, or replace long if/else and switch chains with a lookup or"
          + " polymorphism."),
  NPATH(
      "complexity.npath",
      "NPathComplexity",
      "NPath complexity",
      200,
      Severity.MAJOR,
      MethodMetrics::npath,
      "Method with too many execution paths (NPath complexity)",
      "NPath complexity (PMD 7's NPATH) counts the acyclic execution paths through a method; it multiplies with"
          + " every sequential decision. Above the threshold (default 200, PMD's) covering the paths by tests is"
          + " impractical.",
      "Move independent sequences of conditionals into separate methods so their paths stop multiplying."),
  PARAMETERS(
      "size.parameters",
      "TooManyParameters",
      "parameter count",
      7,
      Severity.MAJOR,
      MethodMetrics::parameters,
      "Method with too many parameters",
      "Methods and constructors with many parameters (above 7 by default, Sonar's default for S107) are hard to"
          + " call correctly: arguments of the same type are easily swapped.",
      "Group related parameters into a record, use a builder, or split the method."),
  NCSS(
      "size.ncss",
      "MethodTooLong",
      "NCSS (statement count)",
      60,
      Severity.MAJOR,
      MethodMetrics::ncss,
      "Method too long (NCSS)",
      "Non-commenting source statements (PMD 7's NCSS) measure a method's size regardless of formatting. Methods"
          + " above the threshold (default 60, PMD's NcssCount default for methods) usually do more than one thing.",
      "Extract cohesive groups of statements into well-named methods."),
  NESTING(
      "complexity.nesting",
      "DeepNesting",
      "nesting depth",
      4,
      Severity.MAJOR,
      MethodMetrics::maxNesting,
      "Control flow nested too deeply",
      "The deepest nesting of control structures (if, loops, switch, try, ...) in a method. Beyond the threshold"
          + " (default 4) a reader must keep too many conditions in mind at once.",
      "Use guard clauses (return or continue early) and extract inner blocks into methods.");

  private final String id;
  private final String name;
  private final String metric;
  private final long defaultThreshold;
  private final Severity defaultSeverity;
  private final ToLongFunction<MethodMetrics> value;
  private final String shortDescription;
  private final String fullDescription;
  private final String advice;

  OfflineRule(
      String id,
      String name,
      String metric,
      long defaultThreshold,
      Severity defaultSeverity,
      ToLongFunction<MethodMetrics> value,
      String shortDescription,
      String fullDescription,
      String advice) {
    this.id = id;
    this.name = name;
    this.metric = metric;
    this.defaultThreshold = defaultThreshold;
    this.defaultSeverity = defaultSeverity;
    this.value = value;
    this.shortDescription = shortDescription;
    this.fullDescription = fullDescription;
    this.advice = advice;
  }

  /** The id users write in {@code <rules>} and suppressions, e.g. {@code complexity.cognitive}. */
  public String id() {
    return id;
  }

  /** What the rule measures, in words for messages, e.g. {@code cognitive complexity}. */
  public String metric() {
    return metric;
  }

  public long defaultThreshold() {
    return defaultThreshold;
  }

  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** One sentence on what would help, for messages. */
  public String advice() {
    return advice;
  }

  /** The measured value this rule checks. */
  public long valueOf(MethodMetrics metrics) {
    return value.applyAsLong(metrics);
  }

  /** The rule as the reports describe it, with the severity its findings get when configured so. */
  public Rule describe(RuleSettings settings) {
    String help =
        advice
            + "\n\nReported when the value is above the threshold ("
            + settings.threshold()
            + " in this build). A change that raises the value, or new code above it, gets the rule's severity;"
            + " a method that was already above it and that the change only touched is reported as `info`.";
    return new Rule(id, name, shortDescription, fullDescription, help, settings.severity());
  }

  /** The rule with this id, case-insensitively. */
  public static Optional<OfflineRule> byId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equalsIgnoreCase(id.strip())).findFirst();
  }

  static String ids() {
    return Arrays.stream(values()).map(OfflineRule::id).collect(Collectors.joining(", "));
  }
}
