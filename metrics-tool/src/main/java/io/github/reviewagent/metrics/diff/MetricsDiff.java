package io.github.reviewagent.metrics.diff;

import io.github.reviewagent.metrics.FileReport;
import io.github.reviewagent.metrics.MethodReport;
import io.github.reviewagent.metrics.MetricsAnalyzer;
import io.github.reviewagent.metrics.TypeReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares the base and head versions of one source file method by method. Thread-safe.
 *
 * <p>Methods are matched by type name and signature, the type's name without the ordinals of anonymous and local
 * classes, the parameter types without their package or outer type; a method that appears more than once under the same key (anonymous classes, local classes of the same
 * name) is matched first with one whose code is unchanged, then in source order. A matched method is MODIFIED when the code of
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

  /** The ordinal javac gives an anonymous or local class, as in {@code Outer$1} or {@code Outer$2Local}. */
  private static final Pattern ORDINAL = Pattern.compile("\\$\\d+");

  /**
   * The package or outer type before a parameter's type name: {@code java.util.List} and {@code List} are the same
   * parameter written two ways, and editing an import should not turn a method into a removed and an added one.
   */
  private static final Pattern QUALIFIER = Pattern.compile("(?<=[(,])[^,()]*\\.");

  private final MetricsAnalyzer analyzer;

  /**
   * The type's name without the ordinals of anonymous and local classes ({@code Outer$2} is {@code Outer$}):
   * they count the classes before, so inserting one renumbers the rest.
   */
  public static String stableType(String type) {
    return ORDINAL.matcher(type).replaceAll("\\$");
  }

  /** The signature with its parameter types unqualified: {@code f(java.util.List)} is {@code f(List)}. */
  public static String stableSignature(String signature) {
    return QUALIFIER.matcher(signature).replaceAll("");
  }

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
    List<Located> baseMethods = methods(base, new CodeText(baseSource));
    List<Located> headMethods = methods(head, new CodeText(headSource));
    Map<String, List<Located>> candidates = new HashMap<>();
    for (Located method : baseMethods) {
      candidates.computeIfAbsent(method.key(), k -> new ArrayList<>()).add(method);
    }
    // Head method -> its base counterpart. First the ones whose code is unchanged, so that a method whose key
    // repeats (or shifted: an anonymous class inserted before another) finds its own counterpart, not the
    // first one in source order; then the rest in source order.
    Map<Located, Located> counterparts = new IdentityHashMap<>();
    Set<Located> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    for (boolean sameCodeOnly : new boolean[] {true, false}) {
      for (Located now : headMethods) {
        if (counterparts.containsKey(now)) {
          continue;
        }
        for (Located before : candidates.getOrDefault(now.key(), List.of())) {
          if (!taken.contains(before) && (!sameCodeOnly || before.code().equals(now.code()))) {
            counterparts.put(now, before);
            taken.add(before);
            break;
          }
        }
      }
    }
    List<MethodChange> changes = new ArrayList<>();
    for (Located now : headMethods) {
      Located before = counterparts.get(now);
      if (before == null) {
        changes.add(new MethodChange(now.type(), now.method().signature(), MethodChange.Change.ADDED, null, now.method()));
      } else {
        MethodChange.Change change =
            before.code().equals(now.code()) ? MethodChange.Change.UNCHANGED : MethodChange.Change.MODIFIED;
        changes.add(new MethodChange(now.type(), now.method().signature(), change, before.method(), now.method()));
      }
    }
    for (Located gone : baseMethods) {
      if (!taken.contains(gone)) {
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

  private static List<Located> methods(FileReport report, CodeText text) {
    List<Located> methods = new ArrayList<>();
    for (TypeReport type : report.types()) {
      for (MethodReport method : type.methods()) {
        methods.add(new Located(type.name(), method, text.normalised(method.line(), method.endLine())));
      }
    }
    // Types come in the order they open, so a nested type's methods would precede its outer type's later ones.
    methods.sort(Comparator.comparingInt(m -> m.method().line()));
    return methods;
  }

  /** @param code the method's lines, normalised */
  private record Located(String type, MethodReport method, String code) {
    /**
     * Type and signature, with the numbers of anonymous and local classes left out (they count the classes before,
     * so inserting one renumbers the rest) and the parameter types without qualifiers.
     */
    String key() {
      return stableType(type) + '#' + stableSignature(method.signature());
    }
  }
}
