package io.github.reviewagent.it;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.maven.shared.invoker.DefaultInvocationRequest;
import org.apache.maven.shared.invoker.DefaultInvoker;
import org.apache.maven.shared.invoker.InvocationRequest;
import org.apache.maven.shared.invoker.InvocationResult;
import org.apache.maven.shared.invoker.Invoker;
import org.apache.maven.shared.invoker.MavenInvocationException;

/** A forked Maven build of a sample project with the freshly built plugin. */
final class MavenBuild {

  private final Path directory;
  private final List<String> goals = new ArrayList<>();
  private final Properties properties = new Properties();
  private final Map<String, String> environment = new LinkedHashMap<>();
  private final List<String> options = new ArrayList<>();
  private Consumer<String> echo = line -> {};

  private MavenBuild(Path directory) {
    this.directory = directory;
  }

  static MavenBuild in(Path directory) {
    return new MavenBuild(directory);
  }

  MavenBuild goals(String... names) {
    Collections.addAll(goals, names);
    return this;
  }

  MavenBuild property(String name, String value) {
    properties.setProperty(name, value);
    return this;
  }

  /** An environment variable of the forked build (CI variables, API keys). */
  MavenBuild env(String name, String value) {
    environment.put(name, value);
    return this;
  }

  /** A raw command-line option such as {@code -X} or {@code -o}. */
  MavenBuild option(String option) {
    options.add(option);
    return this;
  }

  /** Also hands every line of the build's output to {@code echo} as it comes, e.g. to show it. */
  MavenBuild echo(Consumer<String> echo) {
    this.echo = echo;
    return this;
  }

  BuildResult run() {
    InvocationRequest request = new DefaultInvocationRequest();
    request.setBaseDirectory(directory.toFile());
    request.addArgs(goals);
    request.addArgs(options);
    request.setProperties(properties);
    request.setBatchMode(true);
    request.setNoTransferProgress(true);
    request.setLocalRepositoryDirectory(ItEnvironment.repository().toFile());
    request.setUserSettingsFile(ItEnvironment.settings().toFile());
    request.setJavaHome(Path.of(System.getProperty("java.home")).toFile());
    // The forked build must not see CI variables of the build running the tests unless a test sets them.
    request.setShellEnvironmentInherited(false);
    request.addShellEnvironment("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    request.addShellEnvironment("HOME", System.getProperty("user.home"));
    request.addShellEnvironment("MAVEN_OPTS", "-Xmx512m -XX:TieredStopAtLevel=1");
    environment.forEach(request::addShellEnvironment);
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    request.setOutputHandler(line -> record(log, line));
    request.setErrorHandler(line -> record(log, line));
    // A hung build must not hang the test suite.
    request.setTimeoutInSeconds(600);

    Invoker invoker = new DefaultInvoker();
    invoker.setMavenHome(ItEnvironment.mavenHome().toFile());
    try {
      InvocationResult result = invoker.execute(request);
      if (result.getExecutionException() != null) {
        throw new IllegalStateException("could not fork Maven", result.getExecutionException());
      }
      return new BuildResult(directory, result.getExitCode(), List.copyOf(log));
    } catch (MavenInvocationException e) {
      throw new IllegalStateException("could not fork Maven", e);
    }
  }

  private void record(List<String> log, String line) {
    log.add(line);
    echo.accept(line);
  }
}
