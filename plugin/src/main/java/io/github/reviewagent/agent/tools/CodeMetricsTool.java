package io.github.reviewagent.agent.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.reviewagent.metrics.tool.GetCodeMetricsTool;
import io.github.reviewagent.metrics.tool.MeasuredFile;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** {@code get_code_metrics} from metrics-tool, as an agent tool. */
public final class CodeMetricsTool implements AgentTool {

  private final GetCodeMetricsTool tool;

  /**
   * @param repositoryRoot the directory the model's {@code path} arguments are relative to
   * @param baseSources    the text at the base commit of each changed file, by its current repository-relative
   *                       path; files absent here are new (no base-versus-head deltas)
   * @param javaVersion    the Java release whose syntax to accept
   * @param measured       what the review measured of each file, by its repository-relative path: answered from
   *                       while it still applies (see {@link MeasuredFile}), instead of parsing the file again
   * @param refusal        why a repository-relative path must not be measured for the model, or empty
   * @param encoding       the sources' encoding ({@code review.encoding}), in which the files are read as the
   *                       review read them
   */
  public CodeMetricsTool(
      Path repositoryRoot,
      Map<String, String> baseSources,
      int javaVersion,
      Map<String, MeasuredFile> measured,
      Function<String, Optional<String>> refusal,
      Charset encoding) {
    Map<String, String> bases = Map.copyOf(baseSources);
    Map<String, MeasuredFile> known = Map.copyOf(measured);
    this.tool =
        new GetCodeMetricsTool(
            repositoryRoot,
            path -> Optional.ofNullable(bases.get(path)),
            javaVersion,
            path -> Optional.ofNullable(known.get(path)),
            refusal,
            encoding);
  }

  @Override
  public String name() {
    return GetCodeMetricsTool.NAME;
  }

  @Override
  public String description() {
    return tool.description();
  }

  @Override
  public ObjectNode parameters() {
    return tool.parameters();
  }

  @Override
  public String call(String argumentsJson) {
    return tool.call(argumentsJson);
  }
}
