package io.github.reviewagent.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escaping for GitHub- and GitLab-flavoured Markdown, where the review summary lands in a pull-request
 * comment or a job summary: reviewer text must not open tables, links, HTML, mentions or issue references.
 */
final class MarkdownText {

  /**
   * What GitHub and GitLab turn into a mention or a cross-reference even when backslash-escaped: {@code @Override}
   * would mention a user called Override, {@code #12} (or GitLab's {@code !12}, GitHub's {@code GH-12}) would link
   * issue 12 and add the comment to its timeline. As code they do neither.
   */
  private static final Pattern REFERENCE = Pattern.compile("@[A-Za-z_][A-Za-z0-9_.]*|[#!][0-9]+|\\bGH-[0-9]+");

  /** A leading {@code -}, {@code +}, {@code =} or {@code 1.} would start a list or underline a heading. */
  private static final Pattern LIST_OR_HEADING_START = Pattern.compile("^(\\d*)([-+=.)])");

  private MarkdownText() {}

  /** One line of plain text, safe in a paragraph, list item or table cell; control characters are dropped. */
  static String text(String value) {
    String line = value.strip().replaceAll("\\s*(\r\n|\r|\n)\\s*", " ");
    StringBuilder out = new StringBuilder(line.length() + 16);
    Matcher names = REFERENCE.matcher(line);
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
        // GitHub reads $...$ as TeX even when backslash-escaped; its documented escape is a span.
        case '$' -> out.append("<span>$</span>");
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
