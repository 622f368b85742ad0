package io.github.reviewagent.agent;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
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

  /**
   * @param parser         parses the original text for the method boundaries (positions need stored tokens;
   *                       comments are not needed)
   * @param parseAboveTokens parse only files estimated above this many tokens: smaller ones are reviewed whole,
   *                       so their structure does not matter and parsing would only cost time
   */
  static SourceFile of(FileUnderReview input, JavaParser parser, long parseAboveTokens) {
    List<String> lines = lines(Redactor.redact(input.text()));
    List<LineRange> methods = new ArrayList<>();
    // The planner's own estimate of the whole file, so that every file it does not take whole was parsed.
    long tokens = UnitPlanner.tokens(lines.stream().mapToLong(l -> l.length() + UnitPlanner.LINE_OVERHEAD).sum());
    Optional<CompilationUnit> unit = tokens > parseAboveTokens ? parser.parse(input.text()).getResult() : Optional.empty();
    unit.ifPresent(u -> u.walk(node -> {
      if (node instanceof CallableDeclaration<?> || node instanceof CompactConstructorDeclaration) {
        int begin = node.getBegin().map(p -> p.line).orElse(0);
        int end = Math.min(node.getEnd().map(p -> p.line).orElse(0), lines.size());
        if (begin >= 1 && end >= begin) {
          methods.add(new LineRange(begin, end));
        }
      }
    }));
    return new SourceFile(input, lines, methods);
  }

  /** A parser for {@link #of}; not thread-safe, so one per thread. */
  static JavaParser parser(int javaVersion) {
    LanguageLevel level;
    try {
      level = LanguageLevel.valueOf("JAVA_" + javaVersion);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("javaVersion " + javaVersion + " is not a Java release JavaParser knows", e);
    }
    return new JavaParser(new ParserConfiguration().setLanguageLevel(level).setAttributeComments(false));
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
