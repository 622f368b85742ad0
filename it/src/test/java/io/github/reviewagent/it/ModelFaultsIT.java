package io.github.reviewagent.it;

import static io.github.reviewagent.testing.OpenAiFixtures.chatCompletion;
import static io.github.reviewagent.testing.OpenAiFixtures.error;
import static io.github.reviewagent.testing.OpenAiFixtures.run;
import static io.github.reviewagent.testing.OpenAiFixtures.thread;
import static io.github.reviewagent.testing.OpenAiFixtures.threadDeleted;
import static io.github.reviewagent.testing.OpenAiFixtures.withLastError;
import static io.github.reviewagent.testing.OpenAiScripts.assistantsOpen;
import static io.github.reviewagent.testing.OpenAiScripts.chatAnswer;
import static io.github.reviewagent.testing.OpenAiScripts.chatCalls;
import static io.github.reviewagent.testing.OpenAiScripts.finding;
import static io.github.reviewagent.testing.OpenAiScripts.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.reviewagent.testing.OpenAiFixtures;
import io.github.reviewagent.testing.OpenAiFixtures.Call;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/**
 * The fault suite: forked builds against a server that misbehaves in every way the issue lists, grouped so that
 * one build meets several faults. Each ends as designed: a fault that retrying or asking again cures leaves a
 * complete review; one that does not leaves a partial review that passes with a loud warning, or with
 * review.failOnModelError a build error that names the reason. The reports are always written, and the key is
 * in no log line (one build runs with -X) and no report.
 */
class ModelFaultsIT extends ModelBuilds {

  private static final String RATE_LIMITED = "Rate limit reached for requests";

  private static SampleProject changedCart(String name) {
    SampleProject project = sample(name).write(CART, cartWithTotal());
    project.commitAll("a total");
    return project;
  }

  /** Three files, each large enough to be a review unit of its own: with concurrency 1 they go in this order. */
  private static SampleProject threeUnits(String name) {
    SampleProject project = sample(name)
        .write("src/main/java/com/example/A.java", largeClass("A", 40))
        .write("src/main/java/com/example/B.java", largeClass("B", 40))
        .write("src/main/java/com/example/C.java", largeClass("C", 40));
    project.commitAll("three classes");
    return project;
  }

  private List<JsonNode> chatRequests(int count) {
    List<JsonNode> bodies = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      bodies.add(server.take("POST", "/chat/completions").body());
    }
    return bodies;
  }

  private static JsonNode lastMessage(JsonNode chatRequest) {
    JsonNode messages = chatRequest.path("messages");
    return messages.get(messages.size() - 1);
  }

  @Test
  void faultsThatRetryingOrAskingAgainCuresLeaveACompleteReview() {
    // Turn 1: 429 with Retry-After, then three tool calls the agent cannot run: an unknown tool, arguments that
    // break the schema, arguments that are not JSON.
    server.error(429, error("requests", "rate_limit_exceeded", RATE_LIMITED), "Retry-After: 1");
    chatCalls(server, List.of(
        new Call("call_1", "run_shell", "{\"command\":\"cat ~/.m2/settings.xml\"}"),
        new Call("call_2", "get_code_metrics", "{\"path\":42}"),
        new Call("call_3", "get_code_metrics", "{\"path\": \"" + CART)));
    // Turn 2: 429 without Retry-After, 500, then a proper call.
    server.error(429, error("requests", "rate_limit_exceeded", RATE_LIMITED));
    server.error(500, error("server_error", null, "The server had an error while processing your request."));
    chatCalls(server, List.of(new Call("call_4", "get_code_metrics", "{\"path\":\"" + CART + "\",\"method\":\"total\"}")));
    // Turn 3: a stalled response (longer than review.requestTimeout), then an answer cut off by the token limit.
    server.enqueue(new MockResponse.Builder().body("{}").headersDelay(6, TimeUnit.SECONDS).build());
    server.ok("POST", "/chat/completions", chatCompletion("length", "{\"findings\": [{\"severity\": \"minor\", \"cat", null, List.of(), 1_000, 0, 500));
    // Turn 4 (asked for a shorter answer): a dropped connection, then JSON that is broken.
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    chatAnswer(server, "{\"findings\": [{\"severity\": \"minor\" \"category\": ");
    // Turn 5 (asked for a repair): a proper answer.
    chatAnswer(server, findings(finding("minor", "performance", CART, 13, "Summing with a stream reads better.", "sum += prices[i];")));

    try (SampleProject project = changedCart("faults-cured")) {
      BuildResult build =
          build(project, "chat").property("review.failOnModelError", "true").property("review.requestTimeout", "2").run();

      assertThat(build.exitCode()).as(build.toString()).isZero();
      String port = String.valueOf(server.mock().getPort());
      assertThat(build.logText())
          .contains("POST /chat/completions on 127.0.0.1:" + port + ": HTTP 429 (rate_limit_exceeded); retry 1 of 3 in 1.0 s")
          .contains("POST /chat/completions on 127.0.0.1:" + port + ": HTTP 500 (server_error); retry 2 of 3 in ")
          .contains("POST /chat/completions on 127.0.0.1:" + port + ": timeout; retry 1 of 3 in ")
          .contains("POST /chat/completions on 127.0.0.1:" + port + ": dropped; retry 1 of 3 in ")
          .contains("1 reviewed (0 from the cache), 1 of 1 proposed findings kept");
      JsonNode review = reviewJson(project);
      assertThat(review.path("status").asText()).isEqualTo("complete");
      assertThat(review.path("findings")).singleElement().satisfies(f -> assertThat(f.path("ruleId").asText()).isEqualTo("model.performance"));
      assertThat(review.at("/usage/requests").asInt()).isEqualTo(5);
      sarif(project);
      reportsWrittenAndTheKeyNowhere(build, project);

      List<JsonNode> requests = chatRequests(10);
      assertThat(requests.get(1)).as("a retry sends the same request").isEqualTo(requests.get(0));
      List<String> toolOutputs = new ArrayList<>();
      requests.get(2).path("messages").forEach(m -> { if (m.path("role").asText().equals("tool")) toolOutputs.add(m.path("content").asText()); });
      assertThat(toolOutputs).hasSize(3);
      assertThat(toolOutputs.get(0)).contains("run_shell").contains("get_code_metrics");
      assertThat(toolOutputs.get(1)).contains("path");
      assertThat(toolOutputs.get(2)).contains("not valid JSON");
      assertThat(lastMessage(requests.get(5)).path("role").asText()).isEqualTo("tool");
      assertThat(lastMessage(requests.get(5)).path("content").asText()).contains("cognitive");
      assertThat(lastMessage(requests.get(7)).path("content").asText()).startsWith("Your answer was cut off by the output limit");
      assertThat(lastMessage(requests.get(9)).path("content").asText()).startsWith("Your answer could not be read");
    }
  }

  @Test
  void garbageAModelThatNeverStopsCallingToolsAndA401LeaveAPartialReviewThatSaysWhy() {
    // Unit A: an answer that is not JSON at all.
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .body("{\"id\": \"chatcmpl-1\", \"choices\": [").build());
    // Unit B: tool calls in every turn: 6 rounds are run, the 7th refused, the 8th ends the unit.
    for (int turn = 1; turn <= 8; turn++) {
      chatCalls(server, List.of(new Call("call_" + turn, "get_code_metrics",
          "{\"path\":\"src/main/java/com/example/B.java\",\"method\":\"step" + turn + "\"}")));
    }
    // Unit C: the key is refused, and the server echoes it.
    server.error(401, error("invalid_request_error", "invalid_api_key", "Incorrect API key provided: " + KEY + "."));

    try (SampleProject project = threeUnits("faults-partial")) {
      BuildResult build = build(project, "chat").property("review.concurrency", "1").option("-X").run();

      assertThat(build.exitCode()).as(build.toString()).isZero();
      assertThat(build.log()).anyMatch(line -> line.startsWith("[DEBUG] POST /chat/completions on 127.0.0.1:"));
      assertThat(build.logText())
          .contains("[WARNING] The chat model review did not finish: 3 of 3 parts of the change not reviewed by the model,"
              + " the first because the model failed (BAD_RESPONSE)")
          .contains("review.failOnModelError=true fails the build instead")
          .contains("BUILD SUCCESS");
      JsonNode review = reviewJson(project);
      assertThat(review.path("status").asText()).isEqualTo("partial");
      assertThat(review.at("/gate/failed").asBoolean()).isFalse();
      assertThat(review.at("/gate/reason").asText()).contains("The review is partial: the model review did not finish");
      List<String> notes = new ArrayList<>();
      review.path("notes").forEach(n -> notes.add(n.asText()));
      assertThat(notes)
          .anySatisfy(n -> assertThat(n).startsWith("Not reviewed by the model: src/main/java/com/example/A.java")
              .contains("BAD_RESPONSE").contains("not a JSON object"))
          .anySatisfy(n -> assertThat(n).startsWith("Not reviewed by the model: src/main/java/com/example/B.java")
              .contains("the model kept calling tools after the limit of 6 tool rounds"))
          .anySatisfy(n -> assertThat(n).startsWith("Not reviewed by the model: src/main/java/com/example/C.java")
              .contains("the API key in environment variable OPENAI_API_KEY was rejected"));
      sarif(project);
      reportsWrittenAndTheKeyNowhere(build, project);

      List<JsonNode> requests = chatRequests(10);
      assertThat(lastMessage(requests.get(8)).path("content").asText()).contains("the limit of 6 rounds of tool calls");
    }
  }

  @Test
  void withFailOnModelErrorARejectedKeyIsABuildErrorThatNamesItsSource() {
    server.error(401, error("invalid_request_error", "invalid_api_key", "Incorrect API key provided: " + KEY + "."));

    try (SampleProject project = changedCart("faults-401")) {
      BuildResult build = build(project, "chat").property("review.failOnModelError", "true").run();

      assertThat(build.exitCode()).as(build.toString()).isEqualTo(1);
      assertThat(build.logText())
          .contains("Review failed: The model review did not finish (1 of 1 part of the change not reviewed by the model,"
              + " because the model failed (AUTHENTICATION): the API key in environment variable OPENAI_API_KEY was rejected by 127.0.0.1:"
              + server.mock().getPort() + " (HTTP 401, invalid_api_key): check it. The server said: Incorrect API key provided: [redacted].)"
              + " and review.failOnModelError is true.")
          .contains("BUILD FAILURE");
      JsonNode review = reviewJson(project);
      assertThat(review.path("status").asText()).isEqualTo("partial");
      assertThat(review.at("/gate/failed").asBoolean()).isTrue();
      assertThat(server.requestCount()).as("a 401 is never retried").isEqualTo(1);
      reportsWrittenAndTheKeyNowhere(build, project);
    }
  }

  @Test
  void anAssistantsRunThatFailsAndOneThatExpiresAreNamedAndTheirThreadsDeleted() {
    assistantsOpen(server, "thread_1");
    server.ok("POST", "/threads/thread_1/messages", OpenAiFixtures.message("msg_1", "thread_1", "user", "review", null, false));
    server.ok("POST", "/threads/thread_1/runs", run("run_1", "thread_1", "asst_1", "queued"));
    server.ok("GET", "/threads/thread_1/runs/run_1",
        // A failure no retry mends (server_error and rate limits are run again: see AssistantsProviderTest).
        withLastError(run("run_1", "thread_1", "asst_1", "failed"), "invalid_prompt", "The prompt was refused."));
    server.ok("DELETE", "/threads/thread_1", threadDeleted("thread_1"));
    server.ok("POST", "/threads", thread("thread_2"));
    server.ok("POST", "/threads/thread_2/messages", OpenAiFixtures.message("msg_2", "thread_2", "user", "review", null, false));
    server.ok("POST", "/threads/thread_2/runs", run("run_2", "thread_2", "asst_1", "queued"));
    server.ok("GET", "/threads/thread_2/runs/run_2", run("run_2", "thread_2", "asst_1", "expired"));
    server.ok("DELETE", "/threads/thread_2", threadDeleted("thread_2"));

    try (SampleProject project = sample("faults-assistants")) {
      project.write("src/main/java/com/example/A.java", largeClass("A", 40))
          .write("src/main/java/com/example/B.java", largeClass("B", 40))
          .commitAll("two classes");
      BuildResult build = build(project, "assistants").property("review.concurrency", "1").run();

      assertThat(build.exitCode()).as(build.toString()).isZero();
      JsonNode review = reviewJson(project);
      assertThat(review.path("status").asText()).isEqualTo("partial");
      List<String> notes = new ArrayList<>();
      review.path("notes").forEach(n -> notes.add(n.asText()));
      assertThat(notes)
          .anySatisfy(n -> assertThat(n).startsWith("Not reviewed by the model: src/main/java/com/example/A.java")
              .contains("RUN_FAILED").contains("run_1 failed (invalid_prompt)"))
          .anySatisfy(n -> assertThat(n).startsWith("Not reviewed by the model: src/main/java/com/example/B.java")
              .contains("RUN_FAILED").contains("run_2 expired"));
      reportsWrittenAndTheKeyNowhere(build, project);
      server.take("GET", "/assistants");
      server.take("POST", "/assistants");
      server.take("POST", "/threads");
      server.take("POST", "/threads/thread_1/messages");
      server.take("POST", "/threads/thread_1/runs");
      server.take("GET", "/threads/thread_1/runs/run_1");
      server.take("DELETE", "/threads/thread_1");
      server.take("POST", "/threads");
      server.take("POST", "/threads/thread_2/messages");
      server.take("POST", "/threads/thread_2/runs");
      server.take("GET", "/threads/thread_2/runs/run_2");
      server.take("DELETE", "/threads/thread_2");
    }
  }
}
