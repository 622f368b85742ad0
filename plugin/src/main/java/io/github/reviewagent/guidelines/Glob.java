package io.github.reviewagent.guidelines;

import java.util.regex.Pattern;

/**
 * A path glob relative to the repository root, with {@code /} separators: {@code *} and {@code ?} stay within
 * one directory, {@code **} spans directories ({@code a/**}{@code /b} also matches {@code a/b}), and
 * {@code {x,y}} gives alternatives. A glob that names a directory also covers everything under it, so
 * {@code src/main/java/com/acme/payments} and {@code src/main/java/com/acme/payments/**} mean the same.
 */
record Glob(String text, Pattern pattern) {

  static Glob of(String text) {
    String glob = text.strip();
    while (glob.startsWith("./")) {
      glob = glob.substring(2);
    }
    while (glob.startsWith("/")) {
      glob = glob.substring(1);
    }
    while (glob.endsWith("/")) {
      glob = glob.substring(0, glob.length() - 1);
    }
    return new Glob(text.strip(), Pattern.compile(regex(glob) + "(?:/.*)?"));
  }

  boolean matches(String path) {
    return pattern.matcher(path).matches();
  }

  private static String regex(String glob) {
    StringBuilder regex = new StringBuilder();
    boolean inAlternatives = false;
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        boolean slashFollows = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
        regex.append(slashFollows ? "(?:.*/)?" : ".*");
        i += slashFollows ? 2 : 1;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else if (c == '{' && !inAlternatives) {
        inAlternatives = true;
        regex.append("(?:");
      } else if (c == '}' && inAlternatives) {
        inAlternatives = false;
        regex.append(')');
      } else if (c == ',' && inAlternatives) {
        regex.append('|');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    if (inAlternatives) {
      // An unclosed brace is taken literally rather than failing the whole guideline document.
      return Pattern.quote(glob);
    }
    return regex.toString();
  }
}
