package io.github.reviewagent.agent;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the model's answer, tolerantly: JSON inside code fences or after some prose, trailing commas,
 * comments, single quotes, a bare array or a single finding instead of {@code {"findings": [...]}}, field
 * names in other common spellings, numbers as strings. An answer it cannot read at all raises
 * {@link Unreadable} with a message precise enough to quote in a repair request.
 */
final class AnswerParser {

  /** The answer holds no readable findings list. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    /** The text ended inside the value: it was cut off. */
    private final boolean endOfInput;

    Unreadable(String message) {
      this(message, false);
    }

    private Unreadable(String message, boolean endOfInput) {
      super(message);
      this.endOfInput = endOfInput;
    }
  }

  /**
   * @param malformed entries that were not findings (not an object, or no message)
   */
  record Answer(List<ProposedFinding> findings, int malformed) {}

  private static final JsonMapper LENIENT =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .build();

  private static final Pattern FENCE = Pattern.compile("```[a-zA-Z]*\\s*\\n(.*?)```", Pattern.DOTALL);
  private static final List<String> LIST_FIELDS = List.of("findings", "issues", "problems", "results", "comments", "review");
  private static final Map<String, List<String>> ALIASES =
      Map.of(
          "severity", List.of("severity", "level", "priority"),
          "category", List.of("category", "rule", "ruleId", "rule_id", "type", "kind"),
          "file", List.of("file", "path", "filePath", "file_path", "filename"),
          "startLine", List.of("startLine", "start_line", "line", "lineStart", "line_start", "start"),
          "endLine", List.of("endLine", "end_line", "lineEnd", "line_end", "end"),
          "message", List.of("message", "description", "text", "issue", "problem", "comment"),
          "suggestion", List.of("suggestion", "fix", "recommendation", "remediation"),
          "code", List.of("code", "quote", "quotedCode", "quoted_code", "snippet", "codeLine", "line_text"));
  private static final String END_OF_THOUGHT = "</think>";
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private AnswerParser() {}

  static Answer parse(String text) throws Unreadable {
    if (text == null || text.isBlank()) {
      throw new Unreadable("the answer is empty");
    }
    text = withoutThoughts(text);
    List<String> candidates = new ArrayList<>();
    Matcher fence = FENCE.matcher(text);
    while (fence.find()) {
      candidates.add(fence.group(1));
    }
    candidates.add(text);
    String firstProblem = null;
    Answer weak = null;
    boolean cutOff = false;
    for (String candidate : candidates) {
      for (int start : starts(candidate)) {
        try {
          JsonNode value = readFirstValue(candidate.substring(start));
          Answer answer = interpret(value);
          if (!isWeak(value)) {
            return answer;
          }
          weak = weak == null ? answer : weak;
        } catch (Unreadable e) {
          firstProblem = firstProblem == null ? e.getMessage() : firstProblem;
          if (e.endOfInput) {
            // Every later start lies inside this unfinished value: one of its findings is not the answer.
            cutOff = true;
            break;
          }
        }
      }
    }
    if (weak != null && !cutOff) {
      return weak;
    }
    throw new Unreadable(firstProblem == null ? "the answer contains no JSON object" : firstProblem);
  }

  /**
   * The text after a reasoning model's thoughts, when the server leaves them in the content (drafts, code,
   * anything): a leading {@code <think>...</think>} block, or everything up to {@code </think>} when the prompt
   * template opened the block. An answer that starts as JSON or a code fence has no thoughts before it, even if a
   * finding mentions the tag.
   */
  private static String withoutThoughts(String text) {
    String start = text.stripLeading();
    int end = text.indexOf(END_OF_THOUGHT);
    boolean thinking = start.startsWith("<think>")
        || end >= 0 && !start.startsWith("{") && !start.startsWith("[") && !start.startsWith("`");
    if (!thinking || end < 0 || text.substring(end + END_OF_THOUGHT.length()).isBlank()) {
      return text;
    }
    return text.substring(end + END_OF_THOUGHT.length());
  }

  /**
   * A bare array without an object in it: "[]" or "[0]" in the prose (args[0], new int[]) as often as an
   * answer, so taken only when nothing better follows.
   */
  private static boolean isWeak(JsonNode value) {
    if (!value.isArray()) {
      return false;
    }
    for (JsonNode entry : value) {
      if (entry.isObject()) {
        return false;
      }
    }
    return true;
  }

  /** Where a JSON value may begin: the first opening braces and brackets (prose and code have some too). */
  private static List<Integer> starts(String text) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < text.length() && starts.size() < 16; i++) {
      if (text.charAt(i) == '{' || text.charAt(i) == '[') {
        starts.add(i);
      }
    }
    return starts;
  }

  private static JsonNode readFirstValue(String text) throws Unreadable {
    try (JsonParser parser = LENIENT.createParser(text)) {
      JsonNode node = LENIENT.readTree(parser);
      if (node == null) {
        throw new Unreadable("the answer contains no JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new Unreadable("invalid JSON: " + e.getOriginalMessage() + location(e), e instanceof JsonEOFException);
    } catch (IOException e) {
      throw new Unreadable("invalid JSON: " + e.getMessage());
    }
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
  }

  private static Answer interpret(JsonNode node) throws Unreadable {
    JsonNode list = null;
    if (node.isArray()) {
      list = node;
    } else if (node.isObject()) {
      for (String field : LIST_FIELDS) {
        if (node.has(field)) {
          list = node.get(field);
          break;
        }
      }
      if (list == null && text(node, "message") != null) {
        list = LENIENT.createArrayNode().add(node);
      }
      if (list != null && list.isObject()) {
        list = LENIENT.createArrayNode().add(list);
      }
    }
    if (list == null || !list.isArray()) {
      throw new Unreadable("the JSON has no \"findings\" array");
    }
    List<ProposedFinding> findings = new ArrayList<>();
    int malformed = 0;
    for (JsonNode entry : list) {
      ProposedFinding finding = entry.isObject() ? finding(entry) : null;
      if (finding == null) {
        malformed++;
      } else {
        findings.add(finding);
      }
    }
    return new Answer(findings, malformed);
  }

  private static ProposedFinding finding(JsonNode entry) {
    String message = text(entry, "message");
    if (message == null || message.isBlank()) {
      return null;
    }
    int start = number(entry, "startLine");
    int end = number(entry, "endLine");
    JsonNode lines = entry.get("lines");
    if (start == 0 && lines != null) {
      // "lines": "12-14" or [12, 14]
      List<Integer> numbers = numbers(lines.isArray() ? lines.toString() : lines.asText());
      start = numbers.isEmpty() ? 0 : numbers.get(0);
      end = numbers.size() > 1 ? numbers.get(1) : start;
    }
    return new ProposedFinding(
        text(entry, "severity"),
        text(entry, "category"),
        text(entry, "file"),
        start,
        end,
        message.strip(),
        blankToNull(text(entry, "suggestion")),
        text(entry, "code") == null ? "" : text(entry, "code"));
  }

  private static String text(JsonNode entry, String field) {
    for (String alias : ALIASES.get(field)) {
      JsonNode value = entry.get(alias);
      if (value != null && !value.isNull() && !value.isContainerNode()) {
        return value.asText();
      }
    }
    return null;
  }

  private static int number(JsonNode entry, String field) {
    for (String alias : ALIASES.get(field)) {
      JsonNode value = entry.get(alias);
      if (value != null && value.isNumber()) {
        return Math.max(0, value.asInt());
      }
      if (value != null && value.isTextual()) {
        List<Integer> numbers = numbers(value.asText());
        if (!numbers.isEmpty()) {
          return numbers.get(0);
        }
      }
    }
    return 0;
  }

  private static List<Integer> numbers(String text) {
    List<Integer> numbers = new ArrayList<>();
    Matcher matcher = NUMBER.matcher(text);
    while (matcher.find() && numbers.size() < 2) {
      try {
        numbers.add(Integer.parseInt(matcher.group()));
      } catch (NumberFormatException e) {
        return numbers;
      }
    }
    return numbers;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() || text.equals("null") ? null : text.strip();
  }
}
