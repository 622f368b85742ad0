package io.github.reviewagent.metrics;

import com.github.javaparser.JavaParser;
import com.github.javaparser.JavaToken;
import com.github.javaparser.ParseException;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures Java source files. Thread-safe: every call parses with its own {@link JavaParser}, because a
 * parser instance keeps state between calls (and {@code StaticJavaParser}'s configuration is thread-local).
 */
public final class MetricsAnalyzer {

  /** The Java release whose syntax is accepted when none is given. */
  public static final int DEFAULT_JAVA_VERSION = 21;

  private static final ParseProblem TOO_DEEP =
      new ParseProblem(
          0,
          0,
          "nested too deeply to parse with the current thread stack size; run with a larger one, e.g. -Xss8m"
              + " (for Maven: MAVEN_OPTS=-Xss8m)");

  /** The oldest release JavaParser names {@code JAVA_<n>}; older ones are {@code JAVA_1_<n>}. */
  private static final int OLDEST_JAVA_VERSION = 5;

  private final ParserConfiguration configuration;

  public MetricsAnalyzer() {
    this(DEFAULT_JAVA_VERSION);
  }

  /**
   * @param javaVersion the Java release whose syntax to accept, for example 17 or 21
   * @throws IllegalArgumentException if JavaParser does not know that release
   */
  public MetricsAnalyzer(int javaVersion) {
    this.configuration =
        new ParserConfiguration()
            .setLanguageLevel(languageLevel(javaVersion))
            // Metrics never need comments attributed to nodes; skipping that is measurably faster.
            // Tokens stay stored: JavaParser derives every node's range from them, and without ranges
            // no declaration would have a line.
            .setAttributeComments(false);
  }

  /** Measures one file's source text; never throws for bad input. */
  public FileReport analyze(String path, String source) {
    try {
      ParseResult<CompilationUnit> result = new JavaParser(configuration).parse(source);
      Optional<CompilationUnit> unit = result.getResult();
      if (!result.isSuccessful() || unit.isEmpty()) {
        return FileReport.failed(path, problem(result), Lines.count(source));
      }
      return new UnitMeasurer(path, source).measure(unit.get());
    } catch (StackOverflowError e) {
      // JavaParser (and any tree walk) recurses once per nesting level; generated code with thousands of
      // chained operators exhausts the stack. That file is reported, the others are still measured.
      return FileReport.failed(path, TOO_DEEP, Lines.count(source));
    }
  }

  /** Parses without measuring, for callers that compare with parsing alone (the benchmark). */
  public boolean parses(String source) {
    return new JavaParser(configuration).parse(source).isSuccessful();
  }

  /**
   * The JavaParser language level of a Java release; every parser of the project takes its level from here.
   *
   * @throws IllegalArgumentException when JavaParser does not know the release, naming the ones it knows
   */
  public static LanguageLevel languageLevel(int javaVersion) {
    if (javaVersion >= OLDEST_JAVA_VERSION && javaVersion <= newestJavaVersion()) {
      return LanguageLevel.valueOf("JAVA_" + javaVersion);
    }
    throw new IllegalArgumentException(
        "Unsupported Java version "
            + javaVersion
            + ": the Java parser knows releases "
            + OLDEST_JAVA_VERSION
            + " to "
            + newestJavaVersion()
            + "; give one of those (for example 17 or 21)");
  }

  /** The newest release this JavaParser version can parse, found rather than hard-coded. */
  public static int newestJavaVersion() {
    int newest = OLDEST_JAVA_VERSION;
    for (LanguageLevel level : LanguageLevel.values()) {
      String name = level.name();
      if (name.matches("JAVA_\\d+")) {
        newest = Math.max(newest, Integer.parseInt(name.substring("JAVA_".length())));
      }
    }
    return newest;
  }

  private static final Pattern LEXICAL_POSITION = Pattern.compile("^Lexical error at line (\\d+), column (\\d+)");

  private static ParseProblem problem(ParseResult<CompilationUnit> result) {
    if (result.getProblems().isEmpty()) {
      return new ParseProblem(0, 0, "the parser produced no syntax tree");
    }
    Problem first = result.getProblems().get(0);
    int line = 0;
    int column = 0;
    var location = first.getLocation().map(l -> at(first, l.getBegin())).flatMap(JavaToken::getRange);
    if (location.isPresent()) {
      line = location.get().begin.line;
      column = location.get().begin.column;
    }
    String message = first.getMessage().lines().findFirst().orElse("syntax error").strip();
    // The lexer's errors carry no token range, only their position in the text.
    Matcher lexical = LEXICAL_POSITION.matcher(message);
    if (location.isEmpty() && lexical.find()) {
      line = Integer.parseInt(lexical.group(1));
      column = Integer.parseInt(lexical.group(2));
    }
    return new ParseProblem(line, column, message);
  }

  /**
   * A syntax error's range begins at the last token that still fitted; the token it names ("Found ...")
   * is the next one that is not whitespace or a comment, and that is where users look.
   */
  private static JavaToken at(Problem problem, JavaToken begin) {
    if (problem.getCause().filter(ParseException.class::isInstance).isEmpty()) {
      return begin;
    }
    Optional<JavaToken> next = begin.getNextToken();
    while (next.isPresent() && next.get().getCategory().isWhitespaceOrComment()) {
      next = next.get().getNextToken();
    }
    return next.orElse(begin);
  }
}
