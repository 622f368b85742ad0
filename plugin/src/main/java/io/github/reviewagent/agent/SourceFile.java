package io.github.reviewagent.agent;

import io.github.reviewagent.metrics.FileReport;
import io.github.reviewagent.metrics.MethodReport;
import io.github.reviewagent.metrics.MetricsAnalyzer;
import io.github.reviewagent.metrics.TypeReport;
import io.github.reviewagent.review.LineRange;
import io.github.reviewagent.review.ReviewedFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A file under review as the model sees it: its lines after redaction (numbered as on disk) and where its
 * methods are, for sizing review units.
 *
 * @param methods the line ranges of every method and constructor, nested ones included; empty when the file
 *                does not parse
 */
record SourceFile(FileUnderReview input, List<String> lines, List<LineRange> methods) {

  SourceFile {
    lines = List.copyOf(lines);
    methods = List.copyOf(methods);
  }

  static SourceFile of(FileUnderReview input, MetricsAnalyzer analyzer) {
    List<String> lines = lines(Redactor.redact(input.text()));
    List<LineRange> methods = new ArrayList<>();
    FileReport report = analyzer.analyze(input.path(), input.text());
    for (TypeReport type : report.types()) {
      for (MethodReport method : type.methods()) {
        if (method.line() >= 1 && method.endLine() >= method.line()) {
          methods.add(new LineRange(method.line(), Math.min(method.endLine(), Math.max(1, lines.size()))));
        }
      }
    }
    return new SourceFile(input, lines, methods);
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
