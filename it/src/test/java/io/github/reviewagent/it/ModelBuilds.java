package io.github.reviewagent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.reviewagent.testing.OpenAiServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;

/**
 * What the model reviewer's end-to-end tests share: a loopback {@link OpenAiServer} the test scripts turn by turn
 * (every answer and every request checked against OpenAI's spec), the {@code model-review} sample as a git
 * repository with a change, a forked build pointed at the server with the key in its environment, and the checks
 * every such build must pass: reports written, SARIF valid, the key nowhere.
 */
abstract class ModelBuilds {

  /** The API key the forked builds get; it must appear in no log line and no report. */
  static final String KEY = "sk-proj-IT-SECRET-KEY-0123456789abcdefghijklmnop";
  static final String CART = "src/main/java/com/example/Cart.java";

  final OpenAiServer server = new OpenAiServer();

  @AfterEach
  void everyRequestFollowsTheSpec() {
    try {
      server.takeAndCheckTheRest();
    } finally {
      server.close();
    }
  }

  /** The model-review sample, committed on main, on a feature branch. */
  static SampleProject sample(String testName) {
    return SampleProject.copy("model-review", testName).commitBase();
  }

  /** {@code review:review} against main with the provider at the scripted server and the key in the environment. */
  MavenBuild build(SampleProject project, String provider) {
    return MavenBuild.in(project.root())
        .goals("review:review")
        .property("review.base", "main")
        .property("review.provider", provider)
        .property("review.baseUrl", "http://127.0.0.1:" + server.mock().getPort() + "/v1")
        .env("OPENAI_API_KEY", KEY);
  }

  static Reports reports(SampleProject project) {
    return new Reports(project.resolve("target/review"));
  }

  static JsonNode reviewJson(SampleProject project) {
    return reports(project).json();
  }

  /** review.sarif, after checking it against the SARIF 2.1.0 schema. */
  static JsonNode sarif(SampleProject project) {
    Reports reports = reports(project);
    assertThat(reports.sarifSchemaViolations()).as("SARIF schema errors").isEmpty();
    return reports.sarif();
  }

  /** Every report is there and none holds the key; no line of the build's log holds it either. */
  static void reportsWrittenAndTheKeyNowhere(BuildResult build, SampleProject project) {
    assertThat(build.log()).as("log lines with the key").noneMatch(line -> line.contains(KEY));
    Path reports = project.resolve("target/review");
    for (String name : List.of("review.sarif", "review.json", "review.md", "review.html")) {
      assertThat(reports.resolve(name)).as(name).isRegularFile();
    }
    try (Stream<Path> files = Files.walk(project.resolve("target"))) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        assertThat(Files.readString(file)).as(file.toString()).doesNotContain(KEY);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String cartWithTotal() {
    return """
        package com.example;

        public class Cart {
          private final int[] prices;

          public Cart(int[] prices) {
            this.prices = prices;
          }

          public int total() {
            int sum = 0;
            for (int i = 0; i <= prices.length; i++) {
              sum += prices[i];
            }
            return sum;
          }
        }
        """;
  }

  /** A class of {@code methods} small methods: large enough, at 40 methods, to be a review unit of its own. */
  static String largeClass(String name, int methods) {
    StringBuilder out = new StringBuilder("package com.example;\n\npublic class " + name + " {\n");
    for (int m = 0; m < methods; m++) {
      out.append("\n  public int step").append(m).append("(int value) {\n");
      for (int s = 0; s < 5; s++) {
        out.append("    value = value * 31 + ").append(m * 100 + s).append("; // mixing step ").append(s).append('\n');
      }
      out.append("    return value;\n  }\n");
    }
    return out.append("}\n").toString();
  }
}
