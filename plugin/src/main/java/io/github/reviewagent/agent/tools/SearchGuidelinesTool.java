package io.github.reviewagent.agent.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.reviewagent.guidelines.GuidelineDocument;
import io.github.reviewagent.guidelines.GuidelineIndex;
import io.github.reviewagent.guidelines.GuidelinePassage;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * {@code search_guidelines}: the Assistants app's file search over the team's guideline documents, done
 * locally with a {@link GuidelineIndex} so that it works with every provider. Thread-safe: the index is
 * immutable once built. The answer is plain text, the passages quoted as written, so the agent's redaction
 * of tool outputs sees them line by line.
 */
public final class SearchGuidelinesTool implements AgentTool {

  public static final String NAME = "search_guidelines";

  /** The answer stays well under the agent's cap on one tool output (20,000 characters). */
  static final int MAX_OUTPUT_CHARS = 12_000;

  /** A passage longer than this (one huge paragraph line) is cut in the answer. */
  static final int MAX_PASSAGE_CHARS = 2_500;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int LISTED_DOCUMENTS = 30;

  private final GuidelineIndex index;

  /** @param index the review's guideline index; built on the first search (or earlier, by its owner) */
  public SearchGuidelinesTool(GuidelineIndex index) {
    this.index = Objects.requireNonNull(index, "index");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Searches the team's own review guidelines (CONTRIBUTING.md, the .review/ folder and configured"
        + " documents) and returns the most relevant passages, each with its document, section heading and line"
        + " range. Use it before reporting something as against the team's conventions (naming, logging, error"
        + " handling, tests, architecture, security) and cite the document and lines. Give words or identifiers"
        + " as query; give path (the repository-relative file you are reviewing) so guidance written for that"
        + " part of the code ranks first and guidance for other parts is left out.";
  }

  /** The guidelines themselves: the same question gets other passages once they are edited. */
  @Override
  public String fingerprint() {
    return index.fingerprint();
  }

  @Override
  public ObjectNode parameters() {
    ObjectNode schema = JSON.createObjectNode().put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.putObject("query").put("type", "string")
        .put("description", "What to look for: words or identifiers, e.g. 'logging exceptions' or 'Optional return null'.");
    properties.putObject("path").put("type", "string")
        .put("description", "Optional: the file under review, relative to the repository root, e.g. src/main/java/a/B.java.");
    properties.putObject("limit").put("type", "integer").put("minimum", 1).put("maximum", GuidelineIndex.MAX_RESULTS)
        .put("description", "Optional: how many passages, default " + GuidelineIndex.DEFAULT_RESULTS + ", at most "
            + GuidelineIndex.MAX_RESULTS + ".");
    schema.putArray("required").add("query");
    schema.put("additionalProperties", false);
    return schema;
  }

  @Override
  public String call(String argumentsJson) throws IOException {
    JsonNode arguments = JSON.readTree(argumentsJson);
    String query = arguments.path("query").asText("").strip();
    JsonNode pathArgument = arguments.get("path");
    String path = pathArgument == null || pathArgument.isNull() || pathArgument.asText().isBlank() ? null : pathArgument.asText().strip();
    JsonNode limitArgument = arguments.get("limit");
    int limit = limitArgument == null || limitArgument.isNull() ? GuidelineIndex.DEFAULT_RESULTS : limitArgument.asInt();
    if (limit < 1) {
      return error("limit must be at least 1 (default " + GuidelineIndex.DEFAULT_RESULTS + ", at most " + GuidelineIndex.MAX_RESULTS + ")");
    }
    List<GuidelineDocument> documents = index.documents();
    if (documents.isEmpty()) {
      return "The team has no review guidelines in this repository (no CONTRIBUTING.md, no .review/ folder, no"
          + " configured guideline documents), so there is nothing to search. Review by general good practice and"
          + " the conventions visible in the code itself; do not call search_guidelines again.";
    }
    if (query.isEmpty()) {
      return error("query is empty: give words or identifiers to look for, e.g. 'logging'");
    }
    List<GuidelinePassage> passages;
    try {
      passages = index.search(query, path, limit);
    } catch (IllegalArgumentException e) {
      return error(e.getMessage() + ": give a topic or identifier, e.g. 'logging' or 'NullPointerException'");
    }
    if (passages.isEmpty()) {
      return noMatch(query, path, documents);
    }
    return answer(query, path, passages, limit > GuidelineIndex.MAX_RESULTS);
  }

  private static String answer(String query, String path, List<GuidelinePassage> passages, boolean clamped) {
    StringBuilder out = new StringBuilder();
    out.append(passages.size()).append(passages.size() == 1 ? " passage" : " passages")
        .append(" of the team's guidelines for \"").append(query).append('"');
    if (path != null) {
      out.append(" (file ").append(path).append(')');
    }
    out.append(", best first").append(clamped ? " (at most " + GuidelineIndex.MAX_RESULTS + " per search)" : "").append(":\n");
    int shown = 0;
    for (GuidelinePassage passage : passages) {
      String entry = entry(shown + 1, passage);
      if (shown > 0 && out.length() + entry.length() > MAX_OUTPUT_CHARS) {
        break;
      }
      out.append(entry);
      shown++;
    }
    if (shown < passages.size()) {
      out.append("\n[").append(passages.size() - shown).append(" more passages were left out to keep the answer under ")
          .append(MAX_OUTPUT_CHARS).append(" characters: ask a narrower query or a smaller limit.]\n");
    }
    return out.toString();
  }

  private static String entry(int rank, GuidelinePassage passage) {
    GuidelineDocument document = passage.document();
    StringBuilder entry = new StringBuilder("\n--- [").append(rank).append("] ").append(document.path())
        .append(", lines ").append(passage.startLine()).append('-').append(passage.endLine())
        .append(", section \"").append(passage.heading()).append('"');
    if (!document.scope().isEmpty()) {
      entry.append(" (applies only to ").append(String.join(", ", document.scope())).append(')');
    }
    entry.append('\n');
    String text = passage.text();
    if (text.length() > MAX_PASSAGE_CHARS) {
      entry.append(text, 0, MAX_PASSAGE_CHARS).append("\n[passage cut at ").append(MAX_PASSAGE_CHARS)
          .append(" characters; read_file can show the rest of ").append(document.path()).append(']');
    } else {
      entry.append(text);
    }
    return entry.append('\n').toString();
  }

  private static String noMatch(String query, String path, List<GuidelineDocument> documents) {
    StringBuilder out = new StringBuilder("No passage of the team's guidelines matches \"").append(query).append('"');
    if (path != null) {
      out.append(" for ").append(path).append(" (documents scoped to other files were left out)");
    }
    out.append(". Try other words, e.g. from these document titles:");
    for (GuidelineDocument document : documents.subList(0, Math.min(documents.size(), LISTED_DOCUMENTS))) {
      out.append("\n- ").append(document.path()).append(": ").append(document.title());
      if (!document.scope().isEmpty()) {
        out.append(" (applies only to ").append(String.join(", ", document.scope())).append(')');
      }
    }
    if (documents.size() > LISTED_DOCUMENTS) {
      out.append("\n- ... and ").append(documents.size() - LISTED_DOCUMENTS).append(" more");
    }
    return out.append('\n').toString();
  }

  private static String error(String message) {
    return JSON.createObjectNode().put("error", message).toString();
  }
}
