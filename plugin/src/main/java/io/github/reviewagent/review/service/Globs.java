package io.github.reviewagent.review.service;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * Include/exclude patterns the way Maven users write them ({@code **}{@code /*.java}, {@code src/test/**}):
 * {@code /}-separated globs relative to a module's base directory, where {@code **}{@code /} also matches no
 * directory at all (as in Ant and Maven), so {@code **}{@code /*.java} matches {@code A.java} too, and a pattern
 * ending with a separator matches everything below that directory ({@code generated/} is {@code generated/**}).
 */
final class Globs {

  private final List<PathMatcher> matchers;

  private Globs(List<PathMatcher> matchers) {
    this.matchers = matchers;
  }

  /**
   * @param parameter the parameter the patterns came from, for the message
   * @throws IllegalArgumentException naming the parameter and the bad pattern
   */
  static Globs compile(List<String> patterns, String parameter) {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String pattern : patterns) {
      String glob = pattern == null ? "" : pattern.strip().replace('\\', '/');
      if (glob.isEmpty() || glob.startsWith("/") || glob.matches("^[A-Za-z]:.*")) {
        throw new IllegalArgumentException(
            parameter + " has the pattern '" + pattern + "'; write a glob relative to the module's base directory,"
                + " e.g. **/*.java or src/main/java/com/acme/**");
      }
      if (glob.endsWith("/")) {
        glob += "**"; // Maven's (and Ant's) shorthand for everything below a directory
      }
      for (String variant : variants(glob)) {
        try {
          matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + variant));
        } catch (PatternSyntaxException e) {
          // Only the description: the index is one into a rewritten pattern, and a chained cause would make
          // Maven print the same problem a second time.
          throw new IllegalArgumentException(
              parameter + " has the pattern '" + pattern + "', which is not a valid glob (" + e.getDescription()
                  + "): correct it; a [ or { meant literally is written [[] or [{]");
        }
      }
    }
    return new Globs(List.copyOf(matchers));
  }

  /** Checks patterns without keeping them, to fail early on a bad parameter. */
  static void validate(List<String> patterns, String parameter) {
    compile(patterns, parameter);
  }

  /** @param relative a path relative to the module's base directory */
  boolean matches(Path relative) {
    for (PathMatcher matcher : matchers) {
      if (matcher.matches(relative)) {
        return true;
      }
    }
    return false;
  }

  /** The pattern with every {@code **}{@code /} either kept or dropped: Java's globs need one to match a directory. */
  private static List<String> variants(String glob) {
    int at = glob.indexOf("**/");
    if (at < 0) {
      return List.of(glob);
    }
    List<String> out = new ArrayList<>();
    for (String rest : variants(glob.substring(at + 3))) {
      out.add(glob.substring(0, at + 3) + rest);
      if (at == 0 || glob.charAt(at - 1) == '/') {
        out.add(glob.substring(0, at) + rest);
      }
    }
    return out;
  }
}
