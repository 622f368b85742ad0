package io.github.reviewagent.report;

/**
 * Escaping for HTML and XML. Everything that comes from the code under review or a reviewer (paths,
 * messages, source lines) goes through here, so a line like {@code "</script>"} stays text.
 */
final class Markup {

  private Markup() {}

  /**
   * Escapes text for an element body or a quoted attribute. Characters XML 1.0 forbids (most control
   * characters, unpaired surrogates) become U+FFFD so the page stays well-formed.
   */
  static String text(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    escape(value, out, false);
    return out.toString();
  }

  /** Like {@link #text} and keeps line breaks and tabs, which XML attribute normalization would turn into spaces. */
  static String attribute(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    escape(value, out, true);
    return out.toString();
  }

  private static void escape(String value, StringBuilder out, boolean attribute) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\r' -> out.append(attribute ? "&#13;" : "\n");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
            out.append(c).append(value.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
  }
}
