package io.github.reviewagent.metrics.tool;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.reviewagent.metrics.FileReport;
import io.github.reviewagent.metrics.MethodReport;
import io.github.reviewagent.metrics.MetricsAnalyzer;
import io.github.reviewagent.metrics.ParseProblem;
import io.github.reviewagent.metrics.TypeReport;
import io.github.reviewagent.metrics.diff.FileDiff;
import io.github.reviewagent.metrics.diff.MetricsDiff;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The {@code get_code_metrics} function tool the model may call. Thread-safe.
 *
 * <p>The schema is meant for non-strict function calling ({@code "strict": false}): {@code code} and
 * {@code path} are alternatives, which strict mode (every property required) cannot say without making
 * the model send nulls. It still has {@code additionalProperties: false}, and {@link #call} treats a JSON
 * null as an absent argument, so a client that insists on strict mode with nullable types works too.
 */
public final class GetCodeMetricsTool {

  public static final String NAME = "get_code_metrics";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int LISTED_METHODS = 40;

  private final int javaVersion;
  private final MetricsAnalyzer analyzer;
  private final ProjectFiles files;
  private final Function<String, Optional<String>> baseSources;
  private final Function<String, Optional<MeasuredFile>> measured;
  private final Snippets snippets;
  private final MetricsDiff diff;

  /**
   * A tool that reads files as UTF-8.
   *
   * @param projectRoot  the directory {@code path} arguments are relative to; nothing outside it is read
   * @param baseSources  the text of a file at the base commit, by project-relative path with {@code /}, or
   *                     empty when the file is new or there is no base; gives the diff-aware answer
   * @param javaVersion  the Java release whose syntax to accept
   * @throws IllegalArgumentException if JavaParser does not know {@code javaVersion}
   */
  public GetCodeMetricsTool(Path projectRoot, Function<String, Optional<String>> baseSources, int javaVersion) {
    this(projectRoot, baseSources, javaVersion, path -> Optional.empty(), path -> Optional.empty());
  }

  /**
   * A tool that reads files as UTF-8 and answers for files measured before from those measurements: see
   * {@link #GetCodeMetricsTool(Path, Function, int, Function, Function, Charset)}.
   *
   * @throws IllegalArgumentException if JavaParser does not know {@code javaVersion}
   */
  public GetCodeMetricsTool(
      Path projectRoot,
      Function<String, Optional<String>> baseSources,
      int javaVersion,
      Function<String, Optional<MeasuredFile>> measured,
      Function<String, Optional<String>> refusal) {
    this(projectRoot, baseSources, javaVersion, measured, refusal, StandardCharsets.UTF_8);
  }

  /**
   * A tool that answers for files measured before (the review's own files) from those measurements, while they
   * still apply (see {@link MeasuredFile}), instead of parsing them again.
   *
   * @param measured what was measured of a file before, by project-relative path with {@code /}, or empty
   * @param refusal  why the file at a project-relative path (with {@code /}) must not be read, e.g. one the user
   *                 excluded from review or git ignores, in words the model reads; empty when it may be read.
   *                 Refused files are not suggested for a mistyped path either
   * @param encoding the encoding of the project's Java sources, in which {@code path} files are decoded (malformed
   *                 bytes replaced): the one the measurements in {@code measured} were made in, else they never apply
   * @throws IllegalArgumentException if JavaParser does not know {@code javaVersion}
   */
  public GetCodeMetricsTool(
      Path projectRoot,
      Function<String, Optional<String>> baseSources,
      int javaVersion,
      Function<String, Optional<MeasuredFile>> measured,
      Function<String, Optional<String>> refusal,
      Charset encoding) {
    this.javaVersion = javaVersion;
    this.analyzer = new MetricsAnalyzer(javaVersion);
    this.files = new ProjectFiles(projectRoot, refusal, Objects.requireNonNull(encoding, "encoding"));
    this.baseSources = baseSources;
    this.measured = measured;
    this.snippets = new Snippets(analyzer);
    this.diff = new MetricsDiff(analyzer);
  }

  /** The tool's description for the model. */
  public String description() {
    return "Measures Java methods with the numbers of PMD 7 and SonarQube: cyclomatic (PMD CYCLO), cognitive"
        + " (Sonar rule S3776, threshold 15), npath, ncss, loc, maxNesting, parameters."
        + " Give either code (Java source: a whole file, class members such as one method, bare statements or"
        + " an expression)"
        + " or path (a .java file relative to the project root), and optionally method (a name or a signature"
        + " such as parse(String,int), either perhaps with its type: Parser.parse) to get only that method."
        + " For a file changed on this branch the answer"
        + " lists each added, removed or modified method with its metrics now, at the base commit (base) and"
        + " the difference (delta); unchanged methods are only counted (name one in method to see it)."
        + " Code is capped at " + Arguments.MAX_CODE_CHARS + " characters, files at " + ProjectFiles.MAX_FILE_BYTES
        + " bytes.";
  }

  /** The JSON schema of the arguments object. */
  public ObjectNode parameters() {
    ObjectNode schema = JSON.createObjectNode().put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.putObject("code").put("type", "string")
        .put("description", "Java source to measure: a compilation unit, class members, statements or an expression."
            + " Not with path.");
    properties.putObject("path").put("type", "string")
        .put("description", "A .java file relative to the project root, e.g. src/main/java/a/B.java. Not with code.");
    properties.putObject("method").put("type", "string")
        .put("description", "Optional: only the methods with this name, or this signature such as"
            + " parse(String,int); either may be qualified with the type, e.g. Parser.parse.");
    schema.put("additionalProperties", false);
    return schema;
  }

  /** Runs the tool on the model's arguments (JSON text); never throws: a bad argument gives an error object. */
  public String call(String argumentsJson) {
    ObjectNode answer;
    try {
      answer = answer(Arguments.parse(JSON, argumentsJson));
    } catch (ToolError e) {
      answer = Answers.error(e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // A parser or calculator bug must not end the conversation: the model can still try other input.
      answer = Answers.error("measuring failed unexpectedly (" + e.getClass().getSimpleName()
          + "): try a smaller snippet or another file");
    }
    try {
      return JSON.writeValueAsString(answer);
    } catch (JsonProcessingException e) {
      return "{\"error\":\"the answer could not be written as JSON\"}";
    }
  }

  private ObjectNode answer(Arguments arguments) throws ToolError {
    if (arguments.code() != null) {
      Snippets.Measured measured = snippets.measure(arguments.code());
      ObjectNode answer = JSON.createObjectNode();
      if (measured.note() != null) {
        answer.put("note", measured.note());
      }
      return Answers.plain(answer, measured.report(), selected(arguments.method(), List.of(measured.report()), "the code"));
    }
    ProjectFiles.Source source = files.read(arguments.path());
    ObjectNode answer = JSON.createObjectNode().put("path", source.path());
    Optional<String> base = baseSources.apply(source.path());
    Optional<MeasuredFile> known =
        measured.apply(source.path()).filter(m -> m.javaVersion() == javaVersion && m.text().equals(source.text()));
    if (base.isEmpty()) {
      FileReport head =
          parsed(source, known.map(MeasuredFile::head).orElseGet(() -> analyzer.analyze(source.path(), source.text())));
      return Answers.plain(answer, head, selected(arguments.method(), List.of(head), source.path()));
    }
    FileDiff compared =
        known.filter(m -> base.get().equals(m.baseText()))
            .map(MeasuredFile::diff)
            .orElseGet(() -> diff.compare(source.path(), base.get(), source.text()));
    FileReport head = parsed(source, compared.head());
    BiPredicate<String, MethodReport> method = selected(arguments.method(), List.of(head, compared.base()), source.path());
    if (!compared.comparable()) {
      answer.put("note", "the base version does not parse (" + where(compared.base().error())
          + "), so these are the current metrics only");
      return Answers.plain(answer, head, method);
    }
    if (compared.changed().isEmpty()) {
      answer.put("note", "no method changed since the base commit");
      return Answers.plain(answer, head, method);
    }
    return Answers.diff(answer, compared, change -> method.test(change.type(), change.latest()), arguments.method() != null);
  }

  private static FileReport parsed(ProjectFiles.Source source, FileReport head) throws ToolError {
    if (!head.parsed()) {
      throw new ToolError(source.path() + " does not parse (" + where(head.error())
          + "): it cannot be measured until it compiles; pass a part of it that does as code");
    }
    return head;
  }

  private static String where(ParseProblem problem) {
    String at = problem.line() == 0 ? "" : "line " + problem.line() + ", column " + problem.column() + ": ";
    return at + Snippets.shorten(problem.message());
  }

  /**
   * Matches every method, or those the model named: by name or signature, perhaps qualified with the type (see
   * {@link MethodQuery}); naming none is an error. Takes the type's name and the method.
   */
  private static BiPredicate<String, MethodReport> selected(String method, List<FileReport> reports, String where)
      throws ToolError {
    if (method == null) {
      return (type, m) -> true;
    }
    MethodQuery query = MethodQuery.parse(method);
    BiPredicate<String, MethodReport> named = query::matches;
    Set<String> known = new LinkedHashSet<>();
    for (FileReport report : reports) {
      for (TypeReport type : report.types()) {
        for (MethodReport m : type.methods()) {
          if (named.test(type.name(), m)) {
            return named;
          }
          known.add(m.signature());
        }
      }
    }
    if (known.isEmpty()) {
      throw new ToolError("no method " + method + " in " + where + ": it declares no methods");
    }
    String listed = String.join(", ", known.stream().limit(LISTED_METHODS).toList());
    String more = known.size() > LISTED_METHODS ? ", ..." : "";
    throw new ToolError("no method " + method + " in " + where + "; its methods are: " + listed + more);
  }
}
