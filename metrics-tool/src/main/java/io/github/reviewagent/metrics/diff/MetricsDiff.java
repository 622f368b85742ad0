package io.github.reviewagent.metrics.diff;

import io.github.reviewagent.metrics.FileReport;
import io.github.reviewagent.metrics.MethodReport;
import io.github.reviewagent.metrics.MetricsAnalyzer;
import io.github.reviewagent.metrics.TypeReport;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the base and head versions of one source file method by method. Thread-safe.
 *
 * <p>Methods are matched by type name and signature (an overload that appears twice under the same key,
 * as anonymous classes can, is matched in source order). A matched method is MODIFIED when the code of
 * the lines it spans differs once whitespace and comments are normalised away (see {@link CodeText}), so a
 * reformat or a comment edit is UNCHANGED while any token change is MODIFIED, even one that moves no metric.
 * A new file is compared with an empty base text (every method ADDED), a deleted one with an empty head.
 */
public final class MetricsDiff {

  /** What {@link #warmUp} compares. */
  static final String WARM_UP_BASE = """
      package warm;

      import java.util.List;
      import java.util.function.IntPredicate;

      /** Sample. */
      class Warm {
        private int total;

        Warm(int total) {
          this.total = total;
        }

        int score(List<Integer> values, boolean strict) {
          int score = 0;
          for (int value : values) {
            if (value > total && strict || value < 0) {
              score += strict ? value : -value;
            } else {
              score--;
            }
          }
          return score;
        }

        String label(Object value) {
          return switch (value) {
            case Integer i when i > 0 -> "positive";
            case String s -> s.strip();
            default -> "other";
          };
        }
      }
      """;

  static final String WARM_UP_HEAD = WARM_UP_BASE.replace("score--;", """
      try {
                for (int i = 0; i < value; i++) {
                  IntPredicate even = n -> n % 2 == 0;
                  while (even.test(i)) {
                    i++;
                  }
                }
              } catch (IllegalStateException | ArithmeticException e) {
                throw new IllegalArgumentException(e);
              }""");

  private final MetricsAnalyzer analyzer;

  public MetricsDiff(MetricsAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * Measures and compares both versions; never throws for bad input: a version that does not parse gives
   * a {@link FileDiff} that is not {@link FileDiff#comparable()} and carries the parse problem.
   *
   * @param path       the file's path, as the caller names it
   * @param baseSource the text at the base, empty for a new file
   * @param headSource the text at the head, empty for a deleted file
   */
  public FileDiff compare(String path, String baseSource, String headSource) {
    FileReport base = analyzer.analyze(path, baseSource);
    FileReport head = analyzer.analyze(path, headSource);
    if (!base.parsed() || !head.parsed()) {
      return new FileDiff(base, head, List.of());
    }
    List<Located> baseMethods = methods(base);
    Map<String, Deque<Located>> unmatched = new HashMap<>();
    for (Located method : baseMethods) {
      unmatched.computeIfAbsent(method.key(), k -> new ArrayDeque<>()).add(method);
    }
    CodeText baseText = new CodeText(baseSource);
    CodeText headText = new CodeText(headSource);
    List<MethodChange> changes = new ArrayList<>();
    for (Located now : methods(head)) {
      Deque<Located> candidates = unmatched.get(now.key());
      Located before = candidates == null ? null : candidates.poll();
      if (before == null) {
        changes.add(new MethodChange(now.type(), now.method().signature(), MethodChange.Change.ADDED, null, now.method()));
      } else {
        boolean same = baseText.normalised(before.method().line(), before.method().endLine())
            .equals(headText.normalised(now.method().line(), now.method().endLine()));
        MethodChange.Change change = same ? MethodChange.Change.UNCHANGED : MethodChange.Change.MODIFIED;
        changes.add(new MethodChange(now.type(), now.method().signature(), change, before.method(), now.method()));
      }
    }
    Set<Located> removed = Collections.newSetFromMap(new IdentityHashMap<>());
    unmatched.values().forEach(removed::addAll);
    for (Located gone : baseMethods) {
      if (removed.contains(gone)) {
        changes.add(new MethodChange(gone.type(), gone.method().signature(), MethodChange.Change.REMOVED, gone.method(), null));
      }
    }
    return new FileDiff(base, head, changes);
  }

  /**
   * Compares two versions of a small built-in class that uses the constructs every metric counts, and forgets the
   * result: the parser and the metrics are loaded and initialised, so that a caller can do this on a spare core
   * before the files it is about to measure arrive. Never throws.
   */
  public void warmUp() {
    compare("Warm.java", WARM_UP_BASE, WARM_UP_HEAD);
  }

  private static List<Located> methods(FileReport report) {
    List<Located> methods = new ArrayList<>();
    for (TypeReport type : report.types()) {
      for (MethodReport method : type.methods()) {
        methods.add(new Located(type.name(), method));
      }
    }
    // Types come in the order they open, so a nested type's methods would precede its outer type's later ones.
    methods.sort(Comparator.comparingInt(m -> m.method().line()));
    return methods;
  }

  private record Located(String type, MethodReport method) {
    String key() {
      return type + '#' + method.signature();
    }
  }
}
