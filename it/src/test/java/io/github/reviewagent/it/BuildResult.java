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

  /** The log, for assertion messages. */
  @Override
  public String toString() {
    return "exit " + exitCode + "\n" + logText();
  }
}
