package io.github.reviewagent.agent;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import io.github.reviewagent.metrics.MetricsAnalyzer;
import io.github.reviewagent.metrics.diff.MethodChange;
import io.github.reviewagent.review.LineRange;
import io.github.reviewagent.review.ReviewedFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/**
 * A file under review as the model sees it: its lines after redaction (numbered as on disk) and where its
 * methods are, for sizing review units.
 *
 * @param methods      the line ranges of the methods and constructors (nested ones included), as far as known;
 *                     empty when the file does not parse
 * @param removedAfter ascending: the lines after which the change removed lines without adding any in their
 *                     place (0: at the start), which {@link ReviewedFile#changedLines()} cannot show
 */
record SourceFile(FileUnderReview input, List<String> lines, List<LineRange> methods, List<Integer> removedAfter) {

  /** Git's diff algorithm, so removals fall where the changed lines say the change is. */
  private static final DiffAlgorithm DIFF = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM);

  SourceFile {
    lines = List.copyOf(lines);
    methods = List.copyOf(methods);
    removedAfter = List.copyOf(removedAfter);
  }

  /**
   * The method boundaries come from the caller's measurement ({@link ReviewedFile#methods()}, head side).
   * Only when it gives none for a file too large to review whole (and the file is not known to be broken)
   * is the file parsed here.
   *
   * @param parser           parses the original text (positions need stored tokens; comments are not needed)
   * @param parseAboveTokens the planner's whole-file size: smaller files are reviewed whole, so their
   *                         structure does not matter
   */
  static SourceFile of(FileUnderReview input, JavaParser parser, long parseAboveTokens) {
    List<String> lines = lines(Redactor.redact(input.text()));
    List<LineRange> methods = new ArrayList<>();
    for (MethodChange method : input.file().methods()) {
      if (method.head() != null) {
        add(methods, method.head().line(), method.head().endLine(), lines.size());
      }
    }
    // The planner's own estimate of the whole file, so that every file it does not take whole has a structure.
    long tokens = UnitPlanner.tokens(lines.stream().mapToLong(l -> l.length() + UnitPlanner.LINE_OVERHEAD).sum());
    if (methods.isEmpty() && input.file().parseError() == null && tokens > parseAboveTokens) {
      parser.parse(input.text()).getResult().ifPresent(unit -> unit.walk(node -> {
        if (node instanceof CallableDeclaration<?> || node instanceof CompactConstructorDeclaration) {
          add(methods, node.getBegin().map(p -> p.line).orElse(0), node.getEnd().map(p -> p.line).orElse(0), lines.size());
        }
      }));
    }
    return new SourceFile(input, lines, methods, removedAfter(input, lines.size()));
  }

  private static List<Integer> removedAfter(FileUnderReview input, int lines) {
    ReviewedFile.Status status = input.file().status();
    if (input.baseText() == null || status == ReviewedFile.Status.ADDED || status == ReviewedFile.Status.UNCHANGED) {
      return List.of();
    }
    List<Integer> removed = new ArrayList<>();
    for (Edit edit : DIFF.diff(RawTextComparator.DEFAULT, raw(input.baseText()), raw(input.text()))) {
      // A replacement shows as changed lines already; only a pure removal leaves no trace on the new side.
      if (edit.getType() == Edit.Type.DELETE) {
        removed.add(Math.min(edit.getBeginB(), lines));
      }
    }
    return removed;
  }

  /** As git compares: CRLF taken as LF, so line endings alone are no change. */
  private static RawText raw(String text) {
    return new RawText(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** Whether the change removed lines right after {@code line} (0: before the first). */
  boolean removedAfter(int line) {
    return Collections.binarySearch(removedAfter, line) >= 0;
  }

  private static void add(List<LineRange> methods, int begin, int end, int lines) {
    int last = Math.min(end, lines);
    if (begin >= 1 && last >= begin) {
      methods.add(new LineRange(begin, last));
    }
  }

  /** A parser for {@link #of}; not thread-safe, so one per thread. */
  static JavaParser parser(int javaVersion) {
    return new JavaParser(
        new ParserConfiguration()
            .setLanguageLevel(MetricsAnalyzer.languageLevel(javaVersion))
            .setAttributeComments(false));
  }

  static List<String> lines(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r\n|\r|\n", -1)));
    if (lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  /** The path only: the text would flood logs and test reports. */
  @Override
  public String toString() {
    return "SourceFile[" + path() + ", " + lines.size() + " lines]";
  }

  String path() {
    return input.path();
  }

  ReviewedFile file() {
    return input.file();
  }

  int lineCount() {
    return lines.size();
  }

  /** Line {@code number}, 1-based. */
  String line(int number) {
    return lines.get(number - 1);
  }

  /** The largest method containing the line: the one whose whole body explains it. */
  Optional<LineRange> outermostMethod(int line) {
    return methods.stream()
        .filter(m -> m.contains(line))
        .max((a, b) -> Integer.compare(a.end() - a.start(), b.end() - b.start()));
  }
}
