package io.github.reviewagent.it;

import static io.github.reviewagent.testing.OpenAiScripts.assistantsAnswer;
import static io.github.reviewagent.testing.OpenAiScripts.assistantsCalls;
import static io.github.reviewagent.testing.OpenAiScripts.assistantsOpen;
import static io.github.reviewagent.testing.OpenAiScripts.chatAnswer;
import static io.github.reviewagent.testing.OpenAiScripts.chatCalls;
import static io.github.reviewagent.testing.OpenAiScripts.finding;
import static io.github.reviewagent.testing.OpenAiScripts.findings;
import static io.github.reviewagent.testing.OpenAiScripts.responsesAnswer;
import static io.github.reviewagent.testing.OpenAiScripts.responsesCalls;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.reviewagent.testing.OpenAiFixtures.Call;
import io.github.reviewagent.testing.OpenAiServer.Recorded;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model reviewer end to end, once per protocol: a forked build reviews a change with a model played by a
 * loopback server; the model calls {@code get_code_metrics} twice in one turn, then reports an off-by-one
 * (critical) and a naming problem (minor). The critical finding fails the gate; both reach SARIF and review.json;
 * every request the build sent is checked against OpenAI's spec; the key is in no log line and no report.
 */
class ModelReviewIT extends ModelBuilds {

  private static final String LOOP = "for (int i = 0; i <= prices.length; i++) {";
  private static final List<Call> METRICS_CALLS =
      List.of(
          new Call("call_1", "get_code_metrics", "{\"path\":\"" + CART + "\",\"method\":\"total\"}"),
          new Call("call_2", "get_code_metrics", "{\"code\":\"class Probe { int f(int a) { return a > 0 ? 1 : 2; } }\"}"));
  private static final String ANSWER =
      findings(
          finding("critical", "bug", CART, 12, "The loop reads one element past the end of the array.", LOOP),
          finding("minor", "maintainability", CART, 11, "Name the sum for what it totals.", "int sum = 0;"));

  private static SampleProject changedSample(String name) {
    SampleProject project = sample(name).write(CART, cartWithTotal());
    project.commitAll("a total");
    return project;
  }

  /** What every protocol's review must show. */
  private static void theFindingsReachTheReportsAndTheGate(BuildResult build, SampleProject project, String provider) {
    assertThat(build.exitCode()).as(build.toString()).isEqualTo(1);
    assertThat(build.logText())
        .contains("with the offline reviewer and model gpt-it (" + provider + " at 127.0.0.1)")
        .contains("Model review: 1 part in ")
        .contains("1 reviewed (0 from the cache), 2 of 2 proposed findings kept")
        .contains("Review failed: 1 finding at or above critical on changed lines (1 model.bug).");
    JsonNode review = reviewJson(project);
    assertThat(review.path("status").asText()).isEqualTo("complete");
    assertThat(review.path("provider").asText()).isEqualTo(provider);
    assertThat(review.path("model").asText()).isEqualTo("gpt-it");
    assertThat(review.path("findings")).hasSize(2);
    JsonNode bug = review.path("findings").get(1);
    assertThat(bug.path("ruleId").asText()).isEqualTo("model.bug");
    assertThat(bug.path("source").asText()).isEqualTo("model");
    assertThat(bug.path("severity").asText()).isEqualTo("critical");
    assertThat(bug.path("startLine").asInt()).isEqualTo(12);
    assertThat(bug.path("onChangedLine").asBoolean()).isTrue();
    assertThat(review.at("/usage/requests").asInt()).isPositive();
    assertThat(review.at("/usage/inputTokens").asInt()).isPositive();
    assertThat(review.at("/gate/failed").asBoolean()).isTrue();
    JsonNode results = sarif(project).at("/runs/0/results");
    List<String> rules = new ArrayList<>();
    results.forEach(r -> rules.add(r.path("ruleId").asText() + "@" + r.at("/locations/0/physicalLocation/region/startLine").asInt()));
    assertThat(rules).containsExactlyInAnyOrder("model.bug@12", "model.maintainability@11");
    reportsWrittenAndTheKeyNowhere(build, project);
  }

  private static void theToolOutputsAreMetrics(List<JsonNode> outputs) {
    assertThat(outputs).hasSize(2);
    assertThat(outputs.get(0).toString()).contains("total").contains("cognitive").contains("cyclomatic");
    assertThat(outputs.get(1).toString()).contains("Probe").contains("cyclomatic");
  }

  @Test
  void chatAndASecondBuildOverTheSameChangeAsksTheModelNothing() {
    chatCalls(server, METRICS_CALLS);
    chatAnswer(server, ANSWER);
    try (SampleProject project = changedSample("model-chat")) {
      BuildResult first = build(project, "chat").run();

      theFindingsReachTheReportsAndTheGate(first, project, "chat");
      assertThat(first.logText()).contains("Model usage: 2 requests, 2,100 input tokens (512 cached), 120 output tokens");
      Recorded question = server.take("POST", "/chat/completions");
      assertThat(question.header("Authorization")).isEqualTo("Bearer " + KEY);
      assertThat(question.body().at("/messages/1/content").asText()).contains("File: " + CART).contains(LOOP);
      List<JsonNode> outputs = new ArrayList<>();
      server.take("POST", "/chat/completions").body().path("messages")
          .forEach(m -> { if (m.path("role").asText().equals("tool")) outputs.add(m); });
      theToolOutputsAreMetrics(outputs);

      BuildResult second = build(project, "chat").run();

      assertThat(server.requestCount()).as("requests after the second build").isEqualTo(2);
      assertThat(second.exitCode()).as(second.toString()).isEqualTo(1);
      assertThat(second.logText())
          .contains("1 reviewed (1 from the cache), 2 of 2 proposed findings kept")
          .contains("Model usage: 0 requests, 0 input tokens (0 cached), 0 output tokens");
      assertThat(reviewJson(project).path("findings")).hasSize(2);
      assertThat(reviewJson(project).at("/usage/requests").asInt()).isZero();
      reportsWrittenAndTheKeyNowhere(second, project);
    }
  }

  @Test
  void responses() {
    responsesCalls(server, METRICS_CALLS);
    responsesAnswer(server, ANSWER);
    try (SampleProject project = changedSample("model-responses")) {
      BuildResult build = build(project, "responses").run();

      theFindingsReachTheReportsAndTheGate(build, project, "responses");
      JsonNode question = server.take("POST", "/responses").body();
      assertThat(question.path("store").asBoolean(true)).isFalse();
      assertThat(question.at("/input/0/content").toString()).contains(LOOP);
      List<JsonNode> outputs = new ArrayList<>();
      server.take("POST", "/responses").body().path("input")
          .forEach(i -> { if (i.path("type").asText().equals("function_call_output")) outputs.add(i); });
      theToolOutputsAreMetrics(outputs);
    }
  }

  @Test
  void assistants() {
    assistantsOpen(server, "thread_1");
    assistantsCalls(server, "thread_1", "run_1", METRICS_CALLS);
    assistantsAnswer(server, "thread_1", "run_1", ANSWER);
    try (SampleProject project = changedSample("model-assistants")) {
      BuildResult build = build(project, "assistants").run();

      theFindingsReachTheReportsAndTheGate(build, project, "assistants");
      assertThat(server.take("GET", "/assistants").header("OpenAI-Beta")).isEqualTo("assistants=v2");
      assertThat(server.take("POST", "/assistants").body().at("/tools/0/function/name").asText()).isEqualTo("get_code_metrics");
      server.take("POST", "/threads");
      assertThat(server.take("POST", "/threads/thread_1/messages").body().path("content").asText()).contains(LOOP);
      server.take("POST", "/threads/thread_1/runs");
      server.take("GET", "/threads/thread_1/runs/run_1");
      List<JsonNode> outputs = new ArrayList<>();
      server.take("POST", "/threads/thread_1/runs/run_1/submit_tool_outputs").body().path("tool_outputs").forEach(outputs::add);
      theToolOutputsAreMetrics(outputs);
      server.take("GET", "/threads/thread_1/runs/run_1");
      server.take("GET", "/threads/thread_1/messages");
      server.take("DELETE", "/threads/thread_1");
    }
  }
}
