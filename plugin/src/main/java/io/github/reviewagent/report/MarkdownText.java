package io.github.reviewagent.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escaping for GitHub- and GitLab-flavoured Markdown, where the review summary lands in a pull-request
 * comment or a job summary: reviewer text must not open tables, links, HTML or mentions.
 */
final class MarkdownText {

  /** {@code @Override} would mention a user called Override in a pull-request comment; as code it does not. */
  private static final Pattern AT_NAME = Pattern.compile("@[A-Za-z_][A-Za-z0-9_.]*");

  /** A leading {@code -}, {@code +}, {@code =} or {@code 1.} would start a list or underline a heading. */
  private static final Pattern LIST_OR_HEADING_START = Pattern.compile("^(\\d*)([-+=.)])");

  private MarkdownText() {}

  /** One line of plain text, safe in a paragraph, list item or table cell; control characters are dropped. */
  static String text(String value) {
    String line = value.strip().replaceAll("\\s*(\r\n|\r|\n)\\s*", " ");
    StringBuilder out = new StringBuilder(line.length() + 16);
    Matcher names = AT_NAME.matcher(line);
    int last = 0;
    while (names.find()) {
      escape(line.substring(last, names.start()), out);
      out.append('`').append(names.group()).append('`');
      last = names.end();
    }
    escape(line.substring(last), out);
    return LIST_OR_HEADING_START.matcher(out).replaceFirst("$1\\\\$2");
  }

  /** A code span, e.g. a path or rule id; plain escaped text when the value could break out of one. */
  static String code(String value) {
    if (value.isEmpty() || value.contains("`") || value.contains("|") || value.contains("\n") || value.contains("\r")) {
      return text(value);
    }
    return "`" + value + "`";
  }

  private static void escape(String value, StringBuilder out) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '|', '~', '#', '!' -> out.append('\\').append(c);
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\t' -> out.append(' ');
        default -> {
          if (c >= 0x20) {
            out.append(c);
          }
        }
      }
    }
  }
}
