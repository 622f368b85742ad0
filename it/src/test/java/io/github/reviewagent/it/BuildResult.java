package io.github.reviewagent.it;

import java.nio.file.Path;
import java.util.List;

/**
 * What a forked build did.
 *
 * @param directory the project the build ran in
 * @param exitCode  Maven's exit code: 0 for success, 1 for a failure or error
 * @param log       every line Maven printed
 */
record BuildResult(Path directory, int exitCode, List<String> log) {

  String logText() {
    return String.join("\n", log);
  }

  /** The messages Maven logged at a level ({@code INFO}, {@code WARNING}, {@code ERROR}), without the prefix. */
  List<String> messages(String level) {
    String prefix = "[" + level + "] ";
    return log.stream().filter(line -> line.startsWith(prefix)).map(line -> line.substring(prefix.length())).toList();
  }

  /** The reports of a review whose output directory is the default one of this build's root project. */
  Reports reports() {
    return new Reports(directory.resolve("target/review"));
  }

  /** The log, for assertion messages. */
  @Override
  public String toString() {
    return "exit " + exitCode + "\n" + logText();
  }
}
