package io.github.reviewagent.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The current text of the reviewed files, split into lines, read at most once per path. A file that cannot
 * be read only loses its code excerpts: the reports are still written. Thread-safe.
 */
final class SourceFiles {

  private final Function<String, Optional<String>> sources;
  // Reports are rendered side by side, and ask for the same files.
  private final Map<String, Optional<List<String>>> lines = new ConcurrentHashMap<>();

  SourceFiles(Function<String, Optional<String>> sources) {
    this.sources = sources;
  }

  /** The lines of a file without their terminators; line {@code n} is at index {@code n - 1}. */
  Optional<List<String>> lines(String path) {
    return lines.computeIfAbsent(path, this::read);
  }

  /** The given 1-based line, if the file and the line exist. */
  Optional<String> line(String path, int number) {
    return lines(path).filter(all -> number >= 1 && number <= all.size()).map(all -> all.get(number - 1));
  }

  private Optional<List<String>> read(String path) {
    Optional<String> text;
    try {
      text = sources.apply(path);
    } catch (RuntimeException e) {
      // An unreadable file costs its excerpts, never the report.
      return Optional.empty();
    }
    return text == null ? Optional.empty() : text.map(SourceFiles::split);
  }

  static List<String> split(String text) {
    List<String> result = List.of(text.split("\r\n|\r|\n", -1));
    // A final line terminator ends the last line; it does not start an empty one.
    return !result.isEmpty() && result.get(result.size() - 1).isEmpty() && !text.isEmpty()
        ? result.subList(0, result.size() - 1)
        : result;
  }
}
