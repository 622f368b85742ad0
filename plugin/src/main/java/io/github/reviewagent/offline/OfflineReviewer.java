package io.github.reviewagent.offline;

import io.github.reviewagent.metrics.MethodReport;
import io.github.reviewagent.metrics.diff.MethodChange;
import io.github.reviewagent.metrics.diff.MetricsDiff;
import io.github.reviewagent.review.Finding;
import io.github.reviewagent.review.ReviewedFile;
import io.github.reviewagent.review.Rule;
import io.github.reviewagent.review.Severity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The embedded reviewer: checks the metrics of changed methods against the rules' thresholds. Thread-safe.
 *
 * <p>What the change did decides the severity. A method above a threshold is
 *
 * <ul>
 *   <li><b>new</b> (no counterpart at the base): the rule's severity;
 *   <li><b>worsened</b> (the change raised the value): the rule's severity, and the message says from what to
 *       what;
 *   <li><b>touched</b> (already above, the change edited the method without raising the value): {@code info},
 *       so old complexity never gates a change that did not add to it;
 *   <li>untouched: not reported.
 * </ul>
 *
 * <p>An audit ({@code scope=all}, or no git history to compare with) holds every method to the thresholds with
 * the rule's severity.
 */
public final class OfflineReviewer {

  private static final long SATURATED = Long.MAX_VALUE;

  private final OfflineConfig config;

  public OfflineReviewer(OfflineConfig config) {
    this.config = Objects.requireNonNull(config);
  }

  /** The enabled rules, described for the reports with their configured severity and threshold. */
  public List<Rule> rules() {
    return Arrays.stream(OfflineRule.values())
        .filter(rule -> config.of(rule).enabled())
        .map(rule -> rule.describe(config.of(rule)))
        .toList();
  }

  /** Findings on what the change did to the file's methods. */
  public List<Finding> reviewChanges(ReviewedFile file) {
    List<Finding> findings = new ArrayList<>();
    Map<MethodChange, MethodReport> renamedFrom = signatureChanges(file.methods());
    Map<String, Integer> seen = new HashMap<>();
    for (MethodChange change : file.methods()) {
      if (change.head() == null) {
        continue;
      }
      MethodReport base = change.base() != null ? change.base() : renamedFrom.get(change);
      boolean touched = file.isChanged(change.head().line(), change.head().endLine());
      for (OfflineRule rule : OfflineRule.values()) {
        check(file, change, rule, base, touched, false, seen).ifPresent(findings::add);
      }
    }
    return findings;
  }

  /** Findings on every method of the file, as if all of it were new. */
  public List<Finding> audit(ReviewedFile file) {
    List<Finding> findings = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (MethodChange change : file.methods()) {
      if (change.head() == null) {
        continue;
      }
      for (OfflineRule rule : OfflineRule.values()) {
        check(file, change, rule, null, false, true, seen).ifPresent(findings::add);
      }
    }
    return findings;
  }

  /** @param seen how many findings of each rule and method identity the file has had so far */
  private Optional<Finding> check(
      ReviewedFile file,
      MethodChange change,
      OfflineRule rule,
      MethodReport base,
      boolean touched,
      boolean audit,
      Map<String, Integer> seen) {
    RuleSettings settings = config.of(rule);
    MethodReport head = change.head();
    long value = rule.valueOf(head.metrics());
    if (!settings.enabled() || value <= settings.threshold()) {
      return Optional.empty();
    }
    String method = change.type() + "." + head.signature();
    long threshold = settings.threshold();
    Severity severity = settings.severity();
    String advice = rule.advice();
    String message;
    if (audit) {
      message = method + " has " + rule.metric() + " " + amount(value) + ", above the threshold of " + threshold + ". ";
    } else if (base == null) {
      message =
          "New method " + method + " has " + rule.metric() + " " + amount(value) + ", above the threshold of " + threshold + ". ";
    } else {
      long before = rule.valueOf(base.metrics());
      if (value > before) {
        message =
            "This change raised the " + rule.metric() + " of " + method + " from " + before + " to " + amount(value)
                + " (threshold " + threshold + "). ";
      } else if (!touched) {
        return Optional.empty();
      } else {
        severity = Severity.INFO;
        message =
            (value < before
                    ? "This change lowered the " + rule.metric() + " of " + method + " from " + amount(before) + " to "
                        + value + ", still above the threshold of " + threshold + ". "
                    : method + " has " + rule.metric() + " " + amount(value) + " (threshold " + threshold
                        // Two saturated values may hide a rise: say only what is known.
                        + (value == SATURATED ? "); the change touched it. " : "); the change touched it without raising it. "));
        advice = "While you are here: " + Character.toLowerCase(advice.charAt(0)) + advice.substring(1);
      }
    }
    return Optional.of(
        new Finding(
            rule.id(),
            severity,
            Finding.Source.METRICS,
            file.path(),
            head.line(),
            head.endLine(),
            message + advice,
            null,
            fingerprint(rule.id(), file.path(), change.type(), head.signature(), seen),
            file.isChanged(head.line(), head.endLine()),
            false));
  }

  /** A value for a message: NPath saturates at {@link Long#MAX_VALUE}, where the real count may be higher. */
  private static String amount(long value) {
    return value == SATURATED ? value + " or more" : String.valueOf(value);
  }

  /**
   * Pairs an added method with the removed method it was: first one of the same type and name, when each is the
   * only one of that name on its side (the change edited its parameters); then, among the others, one of the same
   * signature in another type (for constructors, the same parameters), when each is the only one so signed on
   * its side (the change renamed its class, or moved the method, and may have edited it too); then one that measures exactly the same, when each is the only
   * one so measured on its side (the change renamed the method or its class). Without this, such a change to an old complex method would make it "new code" and fail the
   * gate.
   */
  private static Map<MethodChange, MethodReport> signatureChanges(List<MethodChange> methods) {
    Map<MethodChange, MethodChange> pairs = new HashMap<>();
    pairUnique(methods, pairs, m -> m.type() + "#" + m.latest().name());
    pairUnique(methods, pairs, OfflineReviewer::signatureInAnyType);
    pairUnique(methods, pairs, m -> m.latest().metrics());
    Map<MethodChange, MethodReport> bases = new HashMap<>();
    pairs.forEach((added, removed) -> bases.put(added, removed.base()));
    return bases;
  }

  /** The signature, a constructor's without its name: renaming the class renames its constructors too. */
  private static String signatureInAnyType(MethodChange method) {
    MethodReport report = method.latest();
    String signature = MetricsDiff.stableSignature(report.signature());
    return report.kind() == MethodReport.Kind.CONSTRUCTOR ? signature.substring(report.name().length()) : signature;
  }

  /** Adds to {@code pairs} (added to removed) the unpaired methods whose key is unique on both sides. */
  private static void pairUnique(
      List<MethodChange> methods, Map<MethodChange, MethodChange> pairs, Function<MethodChange, Object> key) {
    Map<Object, List<MethodChange>> added = unpaired(methods, MethodChange.Change.ADDED, pairs.keySet(), key);
    Map<Object, List<MethodChange>> removed = unpaired(methods, MethodChange.Change.REMOVED, pairs.values(), key);
    added.forEach(
        (k, news) -> {
          List<MethodChange> olds = removed.get(k);
          if (news.size() == 1 && olds != null && olds.size() == 1) {
            pairs.put(news.get(0), olds.get(0));
          }
        });
  }

  private static Map<Object, List<MethodChange>> unpaired(
      List<MethodChange> methods, MethodChange.Change kind, Collection<MethodChange> paired, Function<MethodChange, Object> key) {
    return methods.stream()
        .filter(m -> m.change() == kind && m.latest() != null && !paired.contains(m))
        .collect(Collectors.groupingBy(key));
  }

  /**
   * A stable identity for a finding: the rule, the file and the method, never the line, so the finding keeps
   * its fingerprint when code above it moves it. The method is named as the metrics diff matches it, without the
   * ordinals of anonymous and local classes (inserting one renumbers the rest) and with unqualified parameter
   * types; a repeat of the same rule and name in the file (two anonymous {@code run()} methods) is numbered so
   * that no two findings share a fingerprint.
   */
  private static String fingerprint(String ruleId, String path, String type, String signature, Map<String, Integer> seen) {
    String stableType = MetricsDiff.stableType(type);
    String stableSignature = MetricsDiff.stableSignature(signature);
    int occurrence = seen.merge(ruleId + "\u0000" + stableType + "\u0000" + stableSignature, 1, Integer::sum);
    return fingerprint(ruleId, path, stableType, occurrence == 1 ? stableSignature : stableSignature + "#" + occurrence);
  }

  /** The hash of a finding's identity. */
  static String fingerprint(String ruleId, String path, String type, String signature) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] hash = digest.digest(String.join("\u0000", ruleId, path, type, signature).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
