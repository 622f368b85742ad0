package io.github.reviewagent.agent;

import io.github.reviewagent.review.Rule;
import io.github.reviewagent.review.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rules model findings are reported under: one per category the model is asked to use, ids
 * {@code model.<category>}.
 */
public final class ModelRules {

  private static final String PREFIX = "model.";

  /** Where findings go whose category is none of the others; not offered to the model. */
  private static final String OTHER = "other";

  /** The rule of findings about measured complexity, which are checked against the metrics. */
  static final String COMPLEXITY = PREFIX + "complexity";

  /** The rules, in the order the instructions list their categories. */
  private static final List<Rule> RULES =
      List.of(
          rule("bug", "Bug", "The code does not do what it evidently intends.",
              "Wrong logic, an off-by-one, a null dereference, wrong equality, a broken contract (equals/hashCode, compareTo): a defect a test would catch.",
              "Fix the logic and add a test that fails without the fix.", Severity.MAJOR),
          rule("security", "Security", "A weakness an attacker could use.",
              "Injection (SQL, command, path), unsafe deserialisation, secrets in code, weak cryptography, or untrusted input used without validation.",
              "Validate or encode untrusted input, use parameterised APIs, keep secrets out of the code.", Severity.CRITICAL),
          rule("concurrency", "Concurrency", "Unsafe use of shared state across threads.",
              "A data race, unsafe publication, a non-atomic check-then-act, a deadlock risk or blocking while holding a lock.",
              "Confine the state, make it immutable, or guard every access with the same lock or an atomic type.", Severity.MAJOR),
          rule("resource-leak", "ResourceLeak", "A resource is not released on every path.",
              "A stream, connection, lock or executor that stays open when the method returns or throws.",
              "Use try-with-resources, or release it in a finally block.", Severity.MAJOR),
          rule("error-handling", "ErrorHandling", "An error is lost or handled wrongly.",
              "A swallowed exception, a lost cause, a catch that is too broad, or an exception that misstates what went wrong.",
              "Handle the exception where something can be done about it; otherwise rethrow it with its cause.", Severity.MINOR),
          rule("api-misuse", "ApiMisuse", "A JDK or library API is used against its contract.",
              "A call whose documented contract the code breaks: wrong arguments, ignored return values, deprecated or unsafe variants.",
              "Use the API as its documentation prescribes.", Severity.MAJOR),
          rule("performance", "Performance", "Work that will be slow at realistic sizes.",
              "Quadratic loops over growing data, repeated expensive work, or needless blocking in a hot path.",
              "Move the work out of the loop, cache it, or pick a fitting data structure.", Severity.MINOR),
          rule("complexity", "Complexity", "Code too complex to change safely, by its measured metrics.",
              "A method whose measured complexity (cognitive, cyclomatic, NPath, nesting) makes it hard to understand and test.",
              "Extract methods, return early, and replace nested conditionals with clearer structures.", Severity.MINOR),
          rule("maintainability", "Maintainability", "A design problem that will cause bugs later.",
              "Duplicated logic, misleading names, hidden coupling or dead code that makes future changes error-prone.",
              "Simplify, name things for what they do, and remove what is not used.", Severity.MINOR),
          rule(OTHER, "Other", "Another concern the model raised.",
              "A problem that fits none of the other model categories.", "Read the message.", Severity.MINOR));

  /** The categories the model may answer with: every rule's but {@code other}. */
  static final List<String> CATEGORIES =
      RULES.stream().map(rule -> rule.id().substring(PREFIX.length())).filter(c -> !c.equals(OTHER)).toList();

  /** Loose names models use for the categories. */
  private static final Map<String, String> SYNONYMS =
      Map.ofEntries(
          Map.entry("correctness", "bug"), Map.entry("logic", "bug"), Map.entry("defect", "bug"),
          Map.entry("null-safety", "bug"), Map.entry("null-pointer", "bug"), Map.entry("bugs", "bug"),
          Map.entry("vulnerability", "security"), Map.entry("injection", "security"),
          Map.entry("thread-safety", "concurrency"), Map.entry("race-condition", "concurrency"),
          Map.entry("threading", "concurrency"),
          Map.entry("resource", "resource-leak"), Map.entry("resources", "resource-leak"),
          Map.entry("leak", "resource-leak"), Map.entry("resource-management", "resource-leak"),
          Map.entry("exception-handling", "error-handling"), Map.entry("exceptions", "error-handling"),
          Map.entry("errors", "error-handling"),
          Map.entry("api", "api-misuse"), Map.entry("misuse", "api-misuse"), Map.entry("api-usage", "api-misuse"),
          Map.entry("efficiency", "performance"),
          Map.entry("metrics", "complexity"), Map.entry("cognitive-complexity", "complexity"),
          Map.entry("cyclomatic-complexity", "complexity"),
          Map.entry("design", "maintainability"), Map.entry("readability", "maintainability"),
          Map.entry("duplication", "maintainability"));

  private ModelRules() {}

  /** Every model rule, for the reports. */
  public static List<Rule> all() {
    return RULES;
  }

  /** The rule with this id, if it is a model rule. */
  public static Optional<Rule> byId(String id) {
    return RULES.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** The rule id for a category as the model wrote it, tolerating case, prefixes and synonyms. */
  static String ruleIdFor(String category) {
    String name = category == null ? "" : category.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    if (name.startsWith(PREFIX)) {
      name = name.substring(PREFIX.length());
    }
    name = SYNONYMS.getOrDefault(name, name);
    return PREFIX + (CATEGORIES.contains(name) ? name : OTHER);
  }

  private static Rule rule(
      String category, String name, String shortDescription, String fullDescription, String help, Severity severity) {
    return new Rule(PREFIX + category, name, shortDescription, fullDescription, help, severity);
  }
}
