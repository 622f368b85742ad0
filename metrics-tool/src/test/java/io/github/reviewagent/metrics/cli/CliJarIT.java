package io.github.reviewagent.metrics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The self-contained jar, run the way users run it: {@code java -jar metrics-tool-<version>-cli.jar}. */
class CliJarIT {

  private static final Path JAR = Path.of(System.getProperty("cliJar", "target/missing-cli.jar"));

  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  private static Run java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("cli", ".out");
    Path err = Files.createTempFile("cli", ".err");
    try {
      Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the jar finished").isTrue();
      return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Test
  void theJarIsThere() {
    assertThat(JAR).isRegularFile();
  }

  @Test
  void runsWithJavaJar() throws Exception {
    Files.writeString(dir.resolve("Outer.java"), MainTest.OUTER);
    Files.writeString(dir.resolve("Bad.java"), "class Bad {");

    Run run = java("--threads", "2", dir.toString());

    assertThat(run.status()).isEqualTo(1);
    JsonNode files = new ObjectMapper().readTree(run.out()).get("files");
    assertThat(files).hasSize(2);
    assertThat(files.get(1).get("types").get(0).get("methods").get(0).get("signature").textValue()).isEqualTo("parse(String,int)");
    assertThat(run.err()).startsWith("metrics-tool: Bad.java:");
  }

  @Test
  void versionAndUsageErrors() throws Exception {
    assertThat(java("--version").out()).matches("metrics-tool \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
    Run bad = java("--format", "yaml", dir.toString());
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).startsWith("metrics-tool: --format must be json or text, not 'yaml'");
  }
}
