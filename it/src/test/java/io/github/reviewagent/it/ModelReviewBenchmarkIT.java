package io.github.reviewagent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.reviewagent.testing.OpenAiFixtures;
import io.github.reviewagent.testing.OpenAiFixtures.Call;
import io.github.reviewagent.testing.OpenApiSchemas;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The model review's speed end to end: a forked build reviews many changed files against a loopback server that
 * answers every call after a fixed latency (each part: one turn calling {@code get_code_metrics} twice, one turn
 * answering), compared with the ideal {@code ceil(parts / concurrency) x turns x latency}; then a second build
 * over the same change, which must make no model call. Prints figures, asserts none about time. Run it (from
 * the repository root, on a quiet machine) with
 *
 * <pre>{@code
 * ./mvnw -B -q -pl it -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=ModelReviewBenchmarkIT -Dfailsafe.failIfNoSpecifiedTests=false -Dbenchmark=true
 * }</pre>
 *
 * <p>{@code -Dbenchmark.files=48 -Dbenchmark.concurrency=4 -Dbenchmark.latencyMs=200} change the set-up.
 */
class ModelReviewBenchmarkIT extends ModelBuilds {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int TURNS = 2;
  private static final Pattern MODEL_REVIEW =
      Pattern.compile("Model review: (\\d+) parts? in (\\d+\\.\\d) s, (\\d+) reviewed \\((\\d+) from the cache\\)");

  /**
   * Stateless, so any number of conversations may run at once: first the model measures the file it is shown
   * and a snippet, then it answers.
   */
  private static final class FixedLatency extends Dispatcher {

    private static final Pattern FILE = Pattern.compile("File: (\\S+\\.java)");

    private final long latencyMs;
    private final String answer;

    FixedLatency(long latencyMs) {
      this.latencyMs = latencyMs;
      JsonNode withAnswer = OpenAiFixtures.chatCompletion("stop", "{\"findings\":[]}", null, List.of(), 1_200, 512, 20);
      OpenApiSchemas.openAi().assertResponse("POST", "/chat/completions", 200, withAnswer);
      OpenApiSchemas.openAi().assertResponse("POST", "/chat/completions", 200, calls("src/main/java/com/example/F0.java"));
      this.answer = withAnswer.toString();
    }

    private static JsonNode calls(String path) {
      return OpenAiFixtures.chatCompletion("tool_calls", null, null, List.of(
          new Call("call_1", "get_code_metrics", "{\"path\":\"" + path + "\",\"method\":\"step1\"}"),
          new Call("call_2", "get_code_metrics", "{\"code\":\"class Probe { int f(int a) { return a > 0 ? 1 : 2; } }\"}")),
          900, 0, 40);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String body;
      try {
        JsonNode messages = JSON.readTree(request.getBody().utf8()).path("messages");
        if (messages.get(messages.size() - 1).path("role").asText().equals("tool")) {
          body = answer;
        } else {
          Matcher file = FILE.matcher(messages.get(1).path("content").asText());
          body = calls(file.find() ? file.group(1) : "unknown").toString();
        }
      } catch (IOException | RuntimeException e) {
        return new MockResponse.Builder().code(400).build();
      }
      return new MockResponse.Builder()
          .code(200)
          .addHeader("Content-Type", "application/json")
          .body(body)
          .headersDelay(latencyMs, TimeUnit.MILLISECONDS)
          .build();
    }
  }

  private record Run(int parts, double modelSeconds, int fromCache, double buildSeconds, int requests) {}

  private Run run(SampleProject project, int concurrency) {
    int before = server.requestCount();
    long started = System.nanoTime();
    BuildResult build = build(project, "chat").property("review.concurrency", String.valueOf(concurrency)).run();
    double seconds = (System.nanoTime() - started) / 1e9;
    assertThat(build.exitCode()).as(build.toString()).isZero();
    reportsWrittenAndTheKeyNowhere(build, project);
    Matcher line = MODEL_REVIEW.matcher(build.logText());
    assertThat(line.find()).as(build.toString()).isTrue();
    return new Run(Integer.parseInt(line.group(1)), Double.parseDouble(line.group(2)), Integer.parseInt(line.group(4)), seconds,
        server.requestCount() - before);
  }

  @Test
  void wallTimeAgainstTheIdealAndASecondBuildFromTheCache() {
    Assumptions.assumeTrue(Boolean.getBoolean("benchmark"), "run with -Dbenchmark=true");
    int files = Integer.getInteger("benchmark.files", 48);
    int concurrency = Integer.getInteger("benchmark.concurrency", 4);
    long latencyMs = Long.getLong("benchmark.latencyMs", 200);
    server.mock().setDispatcher(new FixedLatency(latencyMs));
    try (SampleProject project = sample("model-benchmark")) {
      for (int f = 0; f < files; f++) {
        // 32 methods: one file is one part (two would not fit the token budget of a part).
        project.write("src/main/java/com/example/F" + f + ".java", largeClass("F" + f, 32));
      }
      project.commitAll(files + " classes");

      Run first = run(project, concurrency);
      Run second = run(project, concurrency);

      double ideal = Math.ceil(first.parts() / (double) concurrency) * TURNS * latencyMs / 1000.0;
      System.out.printf(Locale.ROOT,
          "model review benchmark: forked build, chat, %d changed files in %d parts, concurrency %d, %d turns per part,"
              + " %d ms per call (machine load %s)%n",
          files, first.parts(), concurrency, TURNS, latencyMs, load());
      System.out.printf(Locale.ROOT,
          "first build:  model review %.1f s (ideal %.1f s, %+.1f%%), %d model requests, whole build %.1f s%n",
          first.modelSeconds(), ideal, 100 * (first.modelSeconds() - ideal) / ideal, first.requests(), first.buildSeconds());
      System.out.printf(Locale.ROOT,
          "second build: model review %.1f s, %d model requests (%d of %d parts from the cache), whole build %.1f s%n",
          second.modelSeconds(), second.requests(), second.fromCache(), second.parts(), second.buildSeconds());
      assertThat(first.requests()).isEqualTo(first.parts() * TURNS);
      assertThat(second.requests()).isZero();
      assertThat(second.fromCache()).isEqualTo(second.parts());
    }
  }

  private static String load() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "unknown";
    }
  }
}
