package io.github.reviewagent.metrics.tool;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * SCAFFOLD (API fixed, body replaced by the tool-cli work before this lands): the {@code get_code_metrics}
 * function tool the model may call.
 */
public final class GetCodeMetricsTool {

  public static final String NAME = "get_code_metrics";

  /**
   * @param projectRoot  the directory {@code path} arguments are relative to; nothing outside it is read
   * @param baseSources  the text of a file at the base commit, by project-relative path with {@code /}, or
   *                     empty when the file is new or there is no base; gives the diff-aware answer
   * @param javaVersion  the Java release whose syntax to accept
   */
  public GetCodeMetricsTool(Path projectRoot, Function<String, Optional<String>> baseSources, int javaVersion) {}

  /** The tool's description for the model. */
  public String description() {
    throw new UnsupportedOperationException();
  }

  /** The JSON schema of the arguments object. */
  public ObjectNode parameters() {
    throw new UnsupportedOperationException();
  }

  /** Runs the tool on the model's arguments (JSON text); never throws: a bad argument gives an error object. */
  public String call(String argumentsJson) {
    throw new UnsupportedOperationException();
  }
}
