package io.github.reviewagent.agent.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.reviewagent.metrics.tool.ConfinedPaths;
import io.github.reviewagent.metrics.tool.ToolError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * {@code read_file}: the model reads another file of the project, whole or a line range, with line numbers
 * it can cite. Thread-safe and stateless between calls.
 *
 * <p>Confined to the repository: relative paths only, no {@code ..}, the real path (symbolic links resolved)
 * inside the real root, never in a {@code .git} directory, never a file git ignores (or under an ignored
 * directory, tracked or not), never one the user excluded from review, never a credentials file (keys,
 * keystores, {@code .env}), never a binary file. Text files that are not Java (pom.xml, README.md, resources)
 * are readable unless excluded: they are context a reviewer looks at, and git already shares them with the
 * team. Every refusal is an {@code {"error": ...}} object that says why and what to do instead.
 *
 * <p>The answer is plain text, not JSON, so the agent's redaction of tool outputs sees the lines as written.
 * The whole file is also redacted before a range of it is taken and long lines are cut: a secret that spans
 * lines (a private key block) or runs past a cut would otherwise reach the answer in part, where no redactor
 * can recognise it any more.
 */
public final class ReadFileTool implements AgentTool {

  public static final String NAME = "read_file";

  /** Files above this size are refused even for a range: they are data or generated, not code to read. */
  static final long MAX_FILE_BYTES = 10_000_000;

  /** Longer lines (minified or generated text) are cut, so one line cannot eat the answer. */
  static final int MAX_LINE_CHARS = 1_000;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int BINARY_PROBE_BYTES = 8_000;
  private static final int LISTED_ENTRIES = 60;
  private static final Pattern CREDENTIALS =
      Pattern.compile(
          "(?i)\\.env|\\.env\\.(?!example$|sample$|template$|dist$)[^/]+|.*\\.(?:pem|key|p8|ppk|p12|pfx|jks|keystore|truststore|kdbx|gpg|asc)"
              + "|id_(?:rsa|dsa|ecdsa|ed25519)(?:\\.pub)?|\\.netrc|\\.pgpass|\\.npmrc|\\.pypirc|credentials(?:\\.json)?"
              + "|settings-security\\.xml|\\.git-credentials|\\.htpasswd");

  /**
   * How much one call returns. Both caps apply; the defaults keep an answer under the agent's cap on a tool
   * output (20,000 characters) with room for the header.
   *
   * @param maxLines the most lines one call returns
   * @param maxBytes the most bytes (UTF-8, line numbers included) one call returns; at least 1,000
   */
  public record Caps(int maxLines, int maxBytes) {

    /** 400 lines, 16,000 bytes. */
    public static final Caps DEFAULT = new Caps(400, 16_000);

    public Caps {
      if (maxLines < 1) {
        throw new IllegalArgumentException("maxLines must be at least 1, not " + maxLines);
      }
      if (maxBytes < 1_000) {
        throw new IllegalArgumentException("maxBytes must be at least 1000, not " + maxBytes);
      }
    }
  }

  private final Path root;
  private final ConfinedPaths paths;
  private final Predicate<String> excluded;
  private final Caps caps;
  private final UnaryOperator<String> redactor;
  private final GitIgnores ignores;
  private final Charset encoding;

  /**
   * @param repositoryRoot the root of the git working tree; paths are relative to it
   * @param excluded       true for a repository-relative path ({@code /} separators) the user excluded from
   *                       review: one matching {@code review.excludes}, or a {@code .java} file outside
   *                       {@code review.includes}. Other files are judged by the excludes alone, so
   *                       {@code pom.xml} stays readable with the default includes ({@code **}{@code /*.java})
   * @param caps           how much one call returns
   * @param redactor       removes secrets from a file's text and keeps its line breaks; applied to the whole
   *                       file before a range is taken (see the class comment). The agent passes its own redactor
   * @param encoding       the Java sources' encoding ({@code review.encoding}): {@code .java} files are decoded in
   *                       it, as the review decoded them; other text files too when they are not valid UTF-8
   * @throws IllegalArgumentException if {@code repositoryRoot} has no {@code .git} (directory, or file of a
   *                                  linked worktree)
   */
  public ReadFileTool(
      Path repositoryRoot, Predicate<String> excluded, Caps caps, UnaryOperator<String> redactor, Charset encoding) {
    this.root = repositoryRoot.toAbsolutePath().normalize();
    if (!Files.exists(root.resolve(".git"))) {
      // Without git's view of the tree, ignored files could not be told apart: refuse to build the tool at all.
      throw new IllegalArgumentException(root + " is not the root of a git working tree (it has no .git)");
    }
    this.paths = new ConfinedPaths(root, "repository");
    this.excluded = Objects.requireNonNull(excluded, "excluded");
    this.caps = Objects.requireNonNull(caps, "caps");
    this.redactor = Objects.requireNonNull(redactor, "redactor");
    this.ignores = new GitIgnores(root);
    this.encoding = Objects.requireNonNull(encoding, "encoding");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Reads a file of this project (any text file: Java sources, pom.xml, resources, docs) by its path"
        + " relative to the repository root, with / separators, e.g. core/src/main/java/a/B.java. Each line comes"
        + " with its line number as in the working tree, so you can cite lines. One call returns at most "
        + caps.maxLines() + " lines and " + caps.maxBytes() + " bytes: for a long file pass startLine and endLine"
        + " (1-based, inclusive) to read the part you need. Files outside the repository, ignored by git,"
        + " excluded from review, binary or holding credentials cannot be read.";
  }

  @Override
  public ObjectNode parameters() {
    ObjectNode schema = JSON.createObjectNode().put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.putObject("path").put("type", "string")
        .put("description", "The file, relative to the repository root, with / separators, e.g. src/main/java/a/B.java.");
    properties.putObject("startLine").put("type", "integer").put("minimum", 1)
        .put("description", "Optional: the first line to read, 1-based. Default 1.");
    properties.putObject("endLine").put("type", "integer").put("minimum", 1)
        .put("description", "Optional: the last line to read, inclusive. Default: as far as the caps allow.");
    schema.putArray("required").add("path");
    schema.put("additionalProperties", false);
    return schema;
  }

  @Override
  public String call(String argumentsJson) throws IOException {
    JsonNode arguments = JSON.readTree(argumentsJson);
    String path = arguments.path("path").asText("");
    Integer startLine = line(arguments.get("startLine"));
    Integer endLine = line(arguments.get("endLine"));
    try {
      return read(path, startLine, endLine);
    } catch (ToolError refusal) {
      return error(refusal.getMessage());
    } catch (IOException e) {
      return error("\"" + path.strip() + "\" cannot be read (" + e.getClass().getSimpleName() + "): try another file");
    }
  }

  private static String error(String message) {
    return JSON.createObjectNode().put("error", message).toString();
  }

  private static Integer line(JsonNode value) {
    return value == null || value.isNull() ? null : value.asInt();
  }

  private String read(String requested, Integer startLine, Integer endLine) throws ToolError, IOException {
    String path = paths.relative(requested);
    if (isGitDirectory(path)) {
      throw new ToolError(quote(path) + " is inside a .git directory, which holds git's internals, not project files:"
          + " read the project's own files instead");
    }
    Path file = paths.resolve(path);
    if (!Files.exists(file)) {
      throw new ToolError("there is no file " + quote(path) + " in the repository"
          + paths.suggestions(file.getFileName(), candidate -> !excluded.test(candidate)));
    }
    ConfinedPaths.RealFile realFile = paths.real(file, path);
    Path real = realFile.path();
    String realPath = realFile.relative();
    if (isGitDirectory(realPath)) {
      throw new ToolError(quote(path) + " leads into a .git directory, which holds git's internals, not project files:"
          + " read the project's own files instead");
    }
    checkAccess(path, realPath);
    if (Files.isDirectory(real)) {
      throw new ToolError(quote(path) + " is a directory, not a file: " + listing(realPath)
          + ". Call read_file with one of its files");
    }
    if (!Files.isRegularFile(real)) {
      throw new ToolError(quote(path) + " is not a regular file (a device, socket or pipe): name a text file");
    }
    long size = Files.size(real);
    if (size > MAX_FILE_BYTES) {
      throw new ToolError(quote(path) + " has " + size + " bytes, over the cap of " + MAX_FILE_BYTES
          + " bytes for a readable file: it is data or generated, not code to review");
    }
    byte[] bytes = Files.readAllBytes(real);
    if (isBinary(bytes)) {
      throw new ToolError(quote(path) + " is a binary file (it contains NUL bytes): only text files can be read");
    }
    return numbered(path, lines(redactor.apply(text(path, bytes))), startLine, endLine);
  }

  /**
   * Why the file at a repository-relative path must not be sent to the model (excluded from review, ignored by
   * git, in a nested repository, inside {@code .git}, a credentials file), or empty: the same rules as this tool,
   * for the other tools that read files.
   */
  public Optional<String> refusal(String path) {
    try {
      if (isGitDirectory(path)) {
        return Optional.of(quote(path) + " is inside a .git directory, which holds git's internals, not project files");
      }
      checkAccess(path, path);
      return Optional.empty();
    } catch (ToolError e) {
      return Optional.of(e.getMessage());
    } catch (IOException e) {
      return Optional.of(quote(path) + " cannot be checked against git's ignore rules, so it is not read");
    }
  }

  /** The rules on what the model may see, by the path asked for and the file it leads to. */
  private void checkAccess(String path, String realPath) throws ToolError, IOException {
    if (excluded.test(path) || excluded.test(realPath)) {
      throw new ToolError(quote(path) + " is excluded from this review (review.includes / review.excludes): the user"
          + " chose not to send it to the model. Do not ask for it again; review with the code you have");
    }
    checkNotIgnored(path, realPath);
    String name = path.substring(path.lastIndexOf('/') + 1);
    String realName = realPath.substring(realPath.lastIndexOf('/') + 1);
    if (CREDENTIALS.matcher(name).matches() || CREDENTIALS.matcher(realName).matches()) {
      throw new ToolError(quote(path) + " looks like a credentials file (a key, keystore, .env or similar): such files"
          + " are never sent to the model. Review the code that uses it instead");
    }
  }

  private static boolean isGitDirectory(String path) {
    for (String segment : path.split("/")) {
      if (segment.equalsIgnoreCase(".git")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Both the path as asked and the file it leads to must be visible to git: a symbolic link does not make an
   * ignored file readable, and an ignored link does not become readable through its target.
   */
  private void checkNotIgnored(String path, String realPath) throws ToolError, IOException {
    boolean ignored = ignores.status(path) == GitIgnores.Status.IGNORED;
    GitIgnores.Status real = realPath.isEmpty() ? GitIgnores.Status.VISIBLE : ignores.status(realPath);
    if (ignored || real == GitIgnores.Status.IGNORED) {
      throw new ToolError(quote(path) + " is ignored by git (.gitignore or .git/info/exclude): ignored files are local"
          + " (build output, IDE settings, secrets) and are never sent to the model. Read the sources they come from");
    }
    if (real == GitIgnores.Status.UNREACHED) {
      throw new ToolError(quote(path) + " is inside a nested git repository (a submodule or another checkout), not part"
          + " of this repository's files: review with the code you have");
    }
  }

  private String listing(String directory) throws IOException {
    List<GitIgnores.Entry> entries = ignores.entries(directory, LISTED_ENTRIES + 1);
    List<String> names = new ArrayList<>();
    for (GitIgnores.Entry entry : entries) {
      String child = directory.isEmpty() ? entry.name() : directory + "/" + entry.name();
      if (entry.name().endsWith("/") || !excluded.test(child)) {
        names.add(entry.name());
      }
    }
    if (names.isEmpty()) {
      return "it has no files you may read";
    }
    String more = names.size() > LISTED_ENTRIES ? ", ..." : "";
    return "it holds " + String.join(", ", names.subList(0, Math.min(names.size(), LISTED_ENTRIES))) + more;
  }

  private static boolean isBinary(byte[] bytes) {
    // Git's own test: a NUL byte near the start.
    for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE_BYTES); i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private String text(String path, byte[] bytes) {
    // Malformed bytes become replacement characters rather than a refusal.
    String text = path.endsWith(".java") ? new String(bytes, encoding) : otherText(bytes);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * A file that is not Java source is UTF-8 whatever review.encoding says, when its bytes are valid UTF-8: an XML
   * file such as pom.xml is UTF-8 unless its declaration says otherwise, Markdown, YAML and JSON are UTF-8 by
   * convention, and Java reads .properties as UTF-8. Bytes that are not valid UTF-8 (which text in a legacy
   * encoding with any non-ASCII character almost never is) are a file in the project's own encoding, as
   * resources filtered with project.build.sourceEncoding are.
   */
  private String otherText(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, encoding);
    }
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\r\n|\n|\r", -1)));
    if (lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  private String numbered(String path, List<String> lines, Integer startLine, Integer endLine) throws ToolError {
    int total = lines.size();
    if (total == 0) {
      return path + ": the file is empty.";
    }
    int first = startLine == null ? 1 : startLine;
    int last = endLine == null ? total : Math.min(endLine, total);
    if (first < 1 || endLine != null && endLine < 1) {
      throw new ToolError("startLine and endLine are 1-based: give numbers from 1 to " + total);
    }
    if (first > total) {
      throw new ToolError(quote(path) + " has " + total + " lines, so startLine " + first + " is past its end: ask for"
          + " lines 1 to " + total);
    }
    if (last < first) {
      throw new ToolError("endLine " + endLine + " is before startLine " + first + ": give endLine >= startLine");
    }
    int width = String.valueOf(Math.min(last, first + caps.maxLines() - 1)).length();
    StringBuilder body = new StringBuilder();
    long bytes = 0;
    int shown = first - 1;
    for (int number = first; number <= last && number - first < caps.maxLines(); number++) {
      String row = String.format(Locale.ROOT, "%" + width + "d| %s\n", number, cut(lines.get(number - 1)));
      long rowBytes = row.getBytes(StandardCharsets.UTF_8).length;
      if (number > first && bytes + rowBytes > caps.maxBytes()) {
        break;
      }
      body.append(row);
      bytes += rowBytes;
      shown = number;
    }
    String range = first == 1 && shown == total ? "all " + total + " lines" : "lines " + first + "-" + shown + " of " + total;
    StringBuilder answer = new StringBuilder(path).append(" (").append(range).append("; the number before | is the line number):\n");
    answer.append(body);
    if (shown < last) {
      answer.append("[cut: one call returns at most ").append(caps.maxLines()).append(" lines and ").append(caps.maxBytes())
          .append(" bytes; lines ").append(shown + 1).append('-').append(last).append(" are not shown. To read on, call read_file with")
          .append(" path ").append(quote(path)).append(" and startLine ").append(shown + 1).append(".]\n");
    }
    return answer.toString();
  }

  private static String cut(String line) {
    if (line.length() <= MAX_LINE_CHARS) {
      return line;
    }
    return line.substring(0, MAX_LINE_CHARS) + " [line cut: " + (line.length() - MAX_LINE_CHARS) + " more characters]";
  }

  private static String quote(String path) {
    return '"' + path + '"';
  }
}
