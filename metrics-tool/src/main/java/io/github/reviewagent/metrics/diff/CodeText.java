package io.github.reviewagent.metrics.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The lines of one source text, and a method's code in a form where layout and comments no longer count.
 *
 * <p>Normalising: comments are dropped; a run of whitespace and comments is dropped too, unless it
 * separates two identifier characters ({@code int x}) or two operator characters that would otherwise fuse into
 * one token ({@code a - -b}), where it becomes one space. String, character and text-block literals are kept exactly. So re-indenting,
 * re-wrapping or editing a comment leaves a method UNCHANGED, while any token change makes it MODIFIED.
 */
final class CodeText {

  /**
   * Two operator characters that begin one token when nothing separates them: only between these does a gap keep
   * two tokens apart ({@code a - -b} is not {@code a--b}, but {@code x = -1} is {@code x=-1}).
   */
  private static final Set<String> FUSING = Set.of(
      "==", "!=", "<=", ">=", "&&", "||", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>",
      "->", "::", "//", "/*");

  private final String source;
  private final List<Integer> lineStarts = new ArrayList<>();

  CodeText(String source) {
    this.source = source;
    lineStarts.add(0);
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == source.length() || source.charAt(i + 1) != '\n'))) {
        lineStarts.add(i + 1);
      }
    }
  }

  /** The normalised code of lines {@code from} to {@code to}, 1-based and inclusive. */
  String normalised(int from, int to) {
    int start = lineStarts.get(Math.max(0, Math.min(from - 1, lineStarts.size() - 1)));
    int end = to < lineStarts.size() ? lineStarts.get(to) : source.length();
    return normalise(source.substring(start, Math.max(start, end)));
  }

  static String normalise(String code) {
    StringBuilder out = new StringBuilder(code.length());
    boolean gap = false;
    int i = 0;
    int n = code.length();
    while (i < n) {
      char c = code.charAt(i);
      if (Character.isWhitespace(c)) {
        gap = true;
        i++;
      } else if (c == '/' && i + 1 < n && code.charAt(i + 1) == '/') {
        gap = true;
        while (i < n && code.charAt(i) != '\n' && code.charAt(i) != '\r') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && code.charAt(i + 1) == '*') {
        gap = true;
        int close = code.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
      } else {
        if (gap && !out.isEmpty() && needsSpace(out.charAt(out.length() - 1), c)) {
          out.append(' ');
        }
        gap = false;
        i = c == '"' || c == '\'' ? copyLiteral(code, i, out) : append(out, c, i);
      }
    }
    return out.toString();
  }

  private static int append(StringBuilder out, char c, int i) {
    out.append(c);
    return i + 1;
  }

  /** Copies a string, character or text-block literal verbatim; returns the index after it. */
  private static int copyLiteral(String code, int i, StringBuilder out) {
    char quote = code.charAt(i);
    boolean textBlock = quote == '"' && code.startsWith("\"\"\"", i);
    int j = textBlock ? i + 3 : i + 1;
    while (j < code.length()) {
      char c = code.charAt(j);
      if (c == '\\') {
        j += 2;
      } else if (textBlock ? code.startsWith("\"\"\"", j) : c == quote) {
        j += textBlock ? 3 : 1;
        break;
      } else if (!textBlock && (c == '\n' || c == '\r')) {
        break; // an unterminated literal: the parser rejected it anyway, so stop at the line's end
      } else {
        j++;
      }
    }
    int end = Math.min(j, code.length());
    out.append(code, i, end);
    return end;
  }

  private static boolean needsSpace(char before, char after) {
    boolean words = Character.isJavaIdentifierPart(before) && Character.isJavaIdentifierPart(after);
    boolean operators = FUSING.contains(String.valueOf(new char[] {before, after}));
    return words || operators;
  }
}
