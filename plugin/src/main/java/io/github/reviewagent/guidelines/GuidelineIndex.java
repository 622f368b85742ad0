package io.github.reviewagent.guidelines;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The team's review guidance, indexed on this machine so that every provider can search it: the
 * {@code CONTRIBUTING.md} files ({@code CONTRIBUTING.md}, {@code .github/CONTRIBUTING.md},
 * {@code docs/CONTRIBUTING.md}), the configured documents, and the Markdown and text files under
 * {@code .review/}. Documents are split into passages at Markdown headings and ranked with BM25 over
 * identifier-aware terms.
 *
 * <p>A document may limit itself to some files with a front matter block, e.g.
 * {@code paths: ["src/main/java/com/acme/payments/**"]}: a search for a file path then leaves out scoped
 * documents that do not match it and ranks the ones that do higher.
 *
 * <p>The index is built once, on first use, and is immutable afterwards: one instance serves a whole review
 * and any number of concurrent searches. Problems (a configured document that is missing, a file too large)
 * never fail the build: they are listed by {@link #problems()} for the log.
 */
public final class GuidelineIndex {

  /** Passages returned when the caller does not say. */
  public static final int DEFAULT_RESULTS = 5;

  /** The most passages one search returns. */
  public static final int MAX_RESULTS = 10;

  /** How much more a passage of a scoped document that matches the searched file weighs. */
  static final double SCOPE_BOOST = 2.0;

  private static final int BINARY_PROBE_BYTES = 8_000;

  private final Path repositoryRoot;
  private final List<String> configuredDocuments;
  private volatile Contents contents;

  /**
   * @param repositoryRoot      the root of the git working tree; nothing outside it is read
   * @param configuredDocuments further documents or folders, relative to the repository root with {@code /}
   */
  public GuidelineIndex(Path repositoryRoot, List<String> configuredDocuments) {
    this.repositoryRoot = Objects.requireNonNull(repositoryRoot, "repositoryRoot");
    this.configuredDocuments = List.copyOf(configuredDocuments);
  }

  /** The indexed documents in a stable order: CONTRIBUTING files, configured documents, then {@code .review/}. */
  public List<GuidelineDocument> documents() {
    return contents().documents();
  }

  /**
   * SHA-256 (hex) of what searches can return: every document with its scope and passages. Changes whenever a
   * document is added, removed or edited, so results that depended on the guidelines can be told apart.
   */
  public String fingerprint() {
    Contents built = contents();
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Object part : List.of(built.documents(), built.chunks())) {
        sha.update(part.toString().getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** What could not be indexed and why, for the log; empty when all went well. */
  public List<String> problems() {
    return contents().problems();
  }

  /**
   * The passages most relevant to the query, best first; only passages that share a term with it, and a text
   * found in several documents only once (where it ranks best).
   *
   * @param query words or identifiers to look for
   * @param path  the repository-relative file under review, or null: with a path, documents scoped to other
   *              files are left out and those scoped to it rank higher; without, all documents count
   * @param limit how many passages at most; clamped to 1..{@link #MAX_RESULTS}
   * @throws IllegalArgumentException if the query has no searchable word (only punctuation or stop words)
   */
  public List<GuidelinePassage> search(String query, String path, int limit) {
    List<String> terms = Terms.of(query);
    if (terms.isEmpty()) {
      throw new IllegalArgumentException("the query has no words to search for (common words such as 'the' or 'with' are ignored)");
    }
    Contents index = contents();
    String file = path == null || path.isBlank() ? null : normalise(path);
    boolean[] applies = new boolean[index.documents().size()];
    boolean[] boosted = new boolean[applies.length];
    for (int d = 0; d < applies.length; d++) {
      List<Glob> scope = index.scopes().get(d);
      boolean matches = file == null || scope.isEmpty() || scope.stream().anyMatch(glob -> glob.matches(file));
      applies[d] = matches;
      boosted[d] = file != null && !scope.isEmpty() && matches;
    }
    double[] scores = index.ranking().scores(terms);
    for (int p = 0; p < scores.length; p++) {
      int d = index.passageDocument()[p];
      scores[p] = !applies[d] ? 0 : boosted[d] ? scores[p] * SCOPE_BOOST : scores[p];
    }
    int wanted = Math.max(1, Math.min(limit, MAX_RESULTS));
    List<Integer> matching = new ArrayList<>();
    for (int p = 0; p < scores.length; p++) {
      if (scores[p] > 0) {
        matching.add(p);
      }
    }
    // Best first; ties go to the earlier passage, so answers are stable.
    matching.sort(Comparator.<Integer>comparingDouble(p -> -scores[p]).thenComparing(Comparator.naturalOrder()));
    List<GuidelinePassage> found = new ArrayList<>();
    Set<String> texts = new HashSet<>();
    for (int p : matching) {
      ParsedDocument.Chunk chunk = index.chunks().get(p);
      // A passage copied into several documents (CONTRIBUTING.md and .github/CONTRIBUTING.md) is shown once,
      // so its copies do not crowd out the next passages.
      if (texts.add(chunk.text())) {
        GuidelineDocument document = index.documents().get(index.passageDocument()[p]);
        found.add(new GuidelinePassage(document, chunk.heading(), chunk.startLine(), chunk.endLine(), chunk.text(), scores[p]));
        if (found.size() == wanted) {
          break;
        }
      }
    }
    return List.copyOf(found);
  }

  private static String normalise(String path) {
    String file = path.strip().replace('\\', '/');
    while (file.startsWith("./")) {
      file = file.substring(2);
    }
    return file.startsWith("/") ? file.substring(1) : file;
  }

  /** The built index. @param passageDocument the index in {@code documents} of each chunk's document */
  private record Contents(
      List<GuidelineDocument> documents,
      List<List<Glob>> scopes,
      List<ParsedDocument.Chunk> chunks,
      int[] passageDocument,
      Bm25 ranking,
      List<String> problems) {}

  private Contents contents() {
    Contents built = contents;
    if (built == null) {
      synchronized (this) {
        built = contents;
        if (built == null) {
          built = build();
          contents = built;
        }
      }
    }
    return built;
  }

  /** One document read, parsed and tokenised; null parsed when it could not be read. */
  private record Loaded(ParsedDocument parsed, List<List<String>> terms, String problem) {}

  private Contents build() {
    GuidelineFiles.Result files = GuidelineFiles.find(repositoryRoot, configuredDocuments);
    // Documents are independent: read and tokenise them in parallel, then assemble in their order.
    List<Loaded> loaded = files.documents().parallelStream().map(GuidelineIndex::load).toList();
    List<String> problems = new ArrayList<>(files.problems());
    List<GuidelineDocument> documents = new ArrayList<>();
    List<List<Glob>> scopes = new ArrayList<>();
    List<ParsedDocument.Chunk> chunks = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    List<List<String>> terms = new ArrayList<>();
    for (Loaded document : loaded) {
      if (document.parsed() == null) {
        problems.add(document.problem());
        continue;
      }
      problems.addAll(document.parsed().problems());
      int d = documents.size();
      documents.add(document.parsed().document());
      scopes.add(document.parsed().scope());
      chunks.addAll(document.parsed().chunks());
      document.parsed().chunks().forEach(chunk -> owners.add(d));
      terms.addAll(document.terms());
    }
    int[] passageDocument = owners.stream().mapToInt(Integer::intValue).toArray();
    return new Contents(List.copyOf(documents), List.copyOf(scopes), List.copyOf(chunks), passageDocument, new Bm25(terms), List.copyOf(problems));
  }

  private static Loaded load(GuidelineFiles.Found found) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(found.file());
    } catch (IOException e) {
      return new Loaded(null, List.of(), found.path() + " cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE_BYTES); i++) {
      if (bytes[i] == 0) {
        return new Loaded(null, List.of(), found.path() + " is skipped: it is a binary file, not Markdown or text");
      }
    }
    // Guidelines are Markdown, UTF-8 by convention whatever review.encoding says of the Java sources; a bad byte
    // becomes a replacement character, so one odd document never stops the index.
    ParsedDocument parsed = ParsedDocument.parse(found.path(), new String(bytes, StandardCharsets.UTF_8));
    List<List<String>> terms = new ArrayList<>();
    for (ParsedDocument.Chunk chunk : parsed.chunks()) {
      List<String> passageTerms = new ArrayList<>(Terms.of(chunk.heading()));
      passageTerms.addAll(Terms.of(chunk.text()));
      terms.add(passageTerms);
    }
    return new Loaded(parsed, terms, null);
  }
}
