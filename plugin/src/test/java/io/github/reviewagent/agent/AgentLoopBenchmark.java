package io.github.reviewagent.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewagent.metrics.MetricsAnalyzer;
import io.github.reviewagent.metrics.diff.MethodChange;
import io.github.reviewagent.provider.ModelReply;
import io.github.reviewagent.provider.ToolCall;
import io.github.reviewagent.review.LineRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * How close the agent loop comes to the ideal wall time against a model with a fixed latency per turn:
 * ideal = ceil(units / concurrency) x turns per unit x latency. Prints figures, asserts none about time.
 * Run it (from the repository root) with
 * {@code ./mvnw -B -q -pl plugin -am test -Dtest=AgentLoopBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark=true}.
 */
class AgentLoopBenchmark {

  private static final int FILES = 48;
  private static final int CONCURRENCY = 4;
  private static final long LATENCY_MS = 100;
  private static final int TURNS = 2;

  @Test
  void wallTimeAgainstTheIdeal() throws Exception {
    Assumptions.assumeTrue(Boolean.getBoolean("benchmark"), "run with -Dbenchmark=true");
    List<FileUnderReview> files = new ArrayList<>();
    MetricsAnalyzer analyzer = new MetricsAnalyzer();
    for (int f = 0; f < FILES; f++) {
      String text = Fixtures.javaClass("F" + f, 30, 25);
      // As the orchestrator passes them: measured (outside the timed review, as in a build).
      List<MethodChange> methods = new ArrayList<>();
      for (var type : analyzer.analyze("F.java", text).types()) {
        type.methods().forEach(m -> methods.add(new MethodChange(type.name(), m.signature(), MethodChange.Change.UNCHANGED, m, m)));
      }
      files.add(Fixtures.withMethods(
          Fixtures.modified("demo/F" + f + ".java", text, new LineRange(10, 10), new LineRange(300, 300)), methods));
    }
    FakeProvider provider =
        new FakeProvider(turn -> {
          try {
            Thread.sleep(LATENCY_MS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return turn.number() == 1
              ? new ModelReply("", List.of(new ToolCall("c", "get_code_metrics", "{}"), new ToolCall("d", "get_code_metrics", "{}")),
                  ModelReply.StopReason.TOOL_CALLS, FakeProvider.TURN_USAGE)
              : FakeProvider.answer(FakeProvider.NO_FINDINGS);
        });
    Path cache = Files.createTempDirectory("agent-benchmark");
    ModelReviewSettings s = Fixtures.settings(cache);
    ModelReviewSettings settings =
        new ModelReviewSettings(s.model(), 1_000, CONCURRENCY, 3, 4, s.toolTimeout(), 0, s.reviewTimeout(), 0, true, cache, 21);
    ModelReviewRequest request = new ModelReviewRequest(files, List.of(), provider, List.of(Fixtures.fakeMetricsTool()), settings);

    long start = System.nanoTime();
    ModelReviewOutcome first = new ModelReviewer().review(request);
    long firstMs = (System.nanoTime() - start) / 1_000_000;
    int calls = provider.sends.get();
    start = System.nanoTime();
    ModelReviewOutcome second = new ModelReviewer().review(request);
    long secondMs = (System.nanoTime() - start) / 1_000_000;

    int units = first.stats().units();
    long ideal = (long) Math.ceil(units / (double) CONCURRENCY) * TURNS * LATENCY_MS;
    System.out.printf(Locale.ROOT, "agent loop: %d files, %d units, concurrency %d, %d turns per unit, %d ms per turn%n",
        FILES, units, CONCURRENCY, TURNS, LATENCY_MS);
    System.out.printf(Locale.ROOT, "first run:  %d ms (ideal %d ms, %.1f%% over), %d model turns%n",
        firstMs, ideal, 100.0 * (firstMs - ideal) / ideal, calls);
    System.out.printf(Locale.ROOT, "second run: %d ms, %d model turns (cache hits: %d of %d units)%n",
        secondMs, provider.sends.get() - calls, second.stats().cached(), units);
    assertThat(second.stats().cached()).isEqualTo(units);
  }
}
