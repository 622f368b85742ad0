package io.github.reviewagent.provider;

import static io.github.reviewagent.testing.OpenAiFixtures.assistant;
import static io.github.reviewagent.testing.OpenAiFixtures.error;
import static io.github.reviewagent.testing.OpenAiFixtures.list;
import static io.github.reviewagent.testing.OpenAiFixtures.message;
import static io.github.reviewagent.testing.OpenAiFixtures.requiresAction;
import static io.github.reviewagent.testing.OpenAiFixtures.run;
import static io.github.reviewagent.testing.OpenAiFixtures.thread;
import static io.github.reviewagent.testing.OpenAiFixtures.threadDeleted;
import static io.github.reviewagent.testing.OpenAiFixtures.withIncomplete;
import static io.github.reviewagent.testing.OpenAiFixtures.withLastError;
import static io.github.reviewagent.testing.OpenAiFixtures.withUsage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.reviewagent.provider.ModelReply.StopReason;
import io.github.reviewagent.review.Usage;
import io.github.reviewagent.testing.OpenAiServer.Recorded;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssistantsProviderTest extends ProviderTestSupport {

  private static final String THREAD = "thread_1";
  private static final String RUN = "run_1";
  private static final String RUN_PATH = "/threads/" + THREAD + "/runs/" + RUN;

  private static ObjectNode aRun(String status) {
    return run(RUN, THREAD, "asst_1", status);
  }

  /** The server's side of open(): no matching assistant yet, so one is created, then a thread. */
  private void scriptOpenCreatingTheAssistant() {
    server.ok("GET", "/assistants", list(List.of(assistant("asst_old", "review-agent", "review_agent_config", "0ld")), false));
    server.ok("POST", "/assistants", assistant("asst_1", "review-agent", "review_agent_config", "whatever"));
    server.ok("POST", "/threads", thread(THREAD));
  }

  /** The server's side of a first send up to the run's creation. */
  private void scriptUserTurn(ObjectNode createdRun) {
    server.ok("POST", "/threads/" + THREAD + "/messages", message("msg_u", THREAD, "user", "review", null, false));
    server.ok("POST", "/threads/" + THREAD + "/runs", createdRun);
  }

  private void takeOpen() {
    server.take("GET", "/assistants");
    server.take("POST", "/assistants");
    server.take("POST", "/threads");
  }

  private void takeUserTurn() {
    server.take("POST", "/threads/" + THREAD + "/messages");
    server.take("POST", "/threads/" + THREAD + "/runs");
  }

  @Test
  void theOriginalFlowWithSeveralToolCallsInOneTurn() throws Exception {
    scriptOpenCreatingTheAssistant();
    scriptUserTurn(aRun("queued"));
    server.ok("GET", RUN_PATH, aRun("in_progress"));
    server.ok("GET", RUN_PATH, requiresAction(aRun("requires_action"), List.of(CALL_A, CALL_B)));
    server.ok("POST", RUN_PATH + "/submit_tool_outputs", aRun("queued"));
    server.ok("GET", RUN_PATH, withUsage(aRun("completed"), 500, 60));
    server.ok("GET", "/threads/" + THREAD + "/messages", list(List.of(
        message("msg_2", THREAD, "assistant", "{\"findings\":[]}", RUN, false)), false));
    server.ok("DELETE", "/threads/" + THREAD, threadDeleted(THREAD));

    try (ModelProvider provider = provider(ProviderKind.ASSISTANTS)) {
      assertThat(provider.id()).isEqualTo("assistants");
      try (Conversation conversation = provider.open(spec())) {
        ModelReply first = conversation.send(user("Review src/A.java and src/B.java"));
        assertThat(first.stop()).isEqualTo(StopReason.TOOL_CALLS);
        assertThat(first.toolCalls()).containsExactly(
            new ToolCall("call_a", "get_code_metrics", CALL_A.arguments()),
            new ToolCall("call_b", "get_code_metrics", CALL_B.arguments()));
        assertThat(first.usage()).isEqualTo(new Usage(1, 0, 0, 0)); // a run reports usage when it ends

        ModelReply second = conversation.send(List.of(
            new InputItem.ToolOutput("call_b", "{\"cyclomatic\":3}"), new InputItem.ToolOutput("call_a", "{\"cyclomatic\":9}")));
        assertThat(second.stop()).isEqualTo(StopReason.COMPLETED);
        assertThat(second.text()).isEqualTo("{\"findings\":[]}");
        assertThat(second.usage()).isEqualTo(new Usage(1, 500, 0, 60));
      }
    }

    Recorded listing = server.take("GET", "/assistants");
    assertThat(listing.header("OpenAI-Beta")).isEqualTo("assistants=v2");
    assertThat(listing.query("limit")).isEqualTo("100");
    JsonNode created = server.take("POST", "/assistants").body();
    assertThat(created.path("name").asText()).isEqualTo("review-agent");
    assertThat(created.path("model").asText()).isEqualTo("gpt-test");
    assertThat(created.path("instructions").asText()).isEqualTo("You review Java changes.");
    assertThat(created.at("/tools/0/function/name").asText()).isEqualTo("get_code_metrics");
    assertThat(created.at("/metadata/review_agent_config").asText()).hasSize(32).isNotEqualTo("0ld");
    assertThat(server.take("POST", "/threads").header("OpenAI-Beta")).isEqualTo("assistants=v2");
    JsonNode userMessage = server.take("POST", "/threads/" + THREAD + "/messages").body();
    assertThat(userMessage.path("role").asText()).isEqualTo("user");
    assertThat(userMessage.path("content").asText()).isEqualTo("Review src/A.java and src/B.java");
    JsonNode runRequest = server.take("POST", "/threads/" + THREAD + "/runs").body();
    assertThat(runRequest.path("assistant_id").asText()).isEqualTo("asst_1");
    assertThat(runRequest.at("/response_format/type").asText()).isEqualTo("json_schema");
    assertThat(runRequest.at("/response_format/json_schema/name").asText()).isEqualTo("review");
    assertThat(runRequest.path("max_completion_tokens").asInt()).isEqualTo(2000);
    server.take("GET", RUN_PATH);
    server.take("GET", RUN_PATH);
    JsonNode outputs = server.take("POST", RUN_PATH + "/submit_tool_outputs").body().path("tool_outputs");
    assertThat(outputs).hasSize(2);
    assertThat(outputs.findValuesAsText("tool_call_id")).containsExactly("call_b", "call_a");
    server.take("GET", RUN_PATH);
    Recorded messages = server.take("GET", "/threads/" + THREAD + "/messages");
    assertThat(messages.query("run_id")).isEqualTo(RUN);
    assertThat(messages.query("order")).isEqualTo("desc");
    server.take("DELETE", "/threads/" + THREAD);
    // polls back off: 250 ms, then 500 ms, then (new turn) 250 ms again
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(250));
  }

  @Test
  void findsTheAssistantOfTheSameConfigurationOnALaterPage() throws Exception {
    scriptOpenCreatingTheAssistant();
    try (ModelProvider provider = provider(ProviderKind.ASSISTANTS)) {
      provider.open(spec()); // left open: the provider's close deletes its thread
      server.ok("DELETE", "/threads/" + THREAD, threadDeleted(THREAD));
    }
    server.take("GET", "/assistants");
    String config = server.take("POST", "/assistants").body().at("/metadata/review_agent_config").asText();
    server.take("POST", "/threads");
    server.take("DELETE", "/threads/" + THREAD);

    server.ok("GET", "/assistants", list(List.of(
        assistant("asst_x", "review-agent", "review_agent_config", "other"),
        assistant("asst_y", "someone-else", "review_agent_config", config)), true));
    server.ok("GET", "/assistants", list(List.of(assistant("asst_7", "review-agent", "review_agent_config", config)
        .put("instructions", "You review Java changes.")), false));
    server.ok("POST", "/threads", thread("thread_2"));
    server.ok("DELETE", "/threads/thread_2", threadDeleted("thread_2"));
    server.ok("POST", "/threads", thread("thread_3"));
    server.ok("DELETE", "/threads/thread_3", threadDeleted("thread_3"));
    try (ModelProvider provider = provider(ProviderKind.ASSISTANTS)) {
      provider.open(spec()).close();
      provider.open(spec()).close(); // known now: no second listing
    }
    server.take("GET", "/assistants");
    assertThat(server.take("GET", "/assistants").query("after")).isEqualTo("asst_y");
    server.take("POST", "/threads");
    server.take("DELETE", "/threads/thread_2");
    server.take("POST", "/threads");
    server.take("DELETE", "/threads/thread_3");
    assertThat(server.requestCount()).isEqualTo(10);
  }

  @Test
  void anAssistantEditedOnTheServerIsNotReusedAlthoughItsMetadataStillMatches() throws Exception {
    scriptOpenCreatingTheAssistant();
    try (ModelProvider provider = provider(ProviderKind.ASSISTANTS)) {
      provider.open(spec());
      server.ok("DELETE", "/threads/" + THREAD, threadDeleted(THREAD));
    }
    server.take("GET", "/assistants");
    String config = server.take("POST", "/assistants").body().at("/metadata/review_agent_config").asText();
    server.take("POST", "/threads");
    server.take("DELETE", "/threads/" + THREAD);

    // someone changed the instructions of one and the model of another in the dashboard; the metadata stayed
    ObjectNode otherInstructions = assistant("asst_edited", "review-agent", "review_agent_config", config)
        .put("instructions", "You are a pirate.");
    ObjectNode otherModel = assistant("asst_remodelled", "review-agent", "review_agent_config", config)
        .put("instructions", "You review Java changes.").put("model", "gpt-other");
    server.ok("GET", "/assistants", list(List.of(otherInstructions, otherModel), false));
    server.ok("POST", "/assistants", assistant("asst_new", "review-agent", "review_agent_config", config));
    server.ok("POST", "/threads", thread("thread_2"));
    server.ok("DELETE", "/threads/thread_2", threadDeleted("thread_2"));
    try (ModelProvider provider = provider(ProviderKind.ASSISTANTS)) {
      provider.open(spec()).close();
    }
    server.take("GET", "/assistants");
    assertThat(server.take("POST", "/assistants").body().path("instructions").asText()).isEqualTo("You review Java changes.");
    server.take("POST", "/threads");
    server.take("DELETE", "/threads/thread_2");
  }

  @Test
  void aFailedRunSaysWhyAndTheThreadIsStillDeleted() throws Exception {
    ModelException failure = failedRun(ModelException.Kind.RUN_FAILED, "invalid_prompt", "Your prompt was flagged. Key " + KEY);
    assertThat(failure.getMessage()).contains("run_1 failed (invalid_prompt)").contains("was flagged");
  }

  /**
   * A run fails with the codes the other protocols get as HTTP errors; they are classified alike, so that an
   * exhausted quota (which Assistants report as a failed run, not as HTTP 429) stops the review as it does there.
   */
  @Test
  void aRunFailedForQuotaRateLimitOrServerTroubleHasTheKindOfThatTrouble() throws Exception {
    assertThat(failedRun(ModelException.Kind.QUOTA, "rate_limit_exceeded",
        "You exceeded your current quota, please check your plan and billing details.").getMessage())
        .contains("run_1 failed (rate_limit_exceeded)").contains("current quota");
    // the transient ones are run again, as often as the retry policy allows (4 attempts here), and then fail
    assertThat(failedRun(ModelException.Kind.RATE_LIMITED, "rate_limit_exceeded",
        "Rate limit reached for gpt-test on tokens per min (TPM).", 4).getMessage()).contains("tokens per min");
    assertThat(failedRun(ModelException.Kind.SERVER, "server_error", "Sorry, something went wrong.", 4).getMessage())
        .contains("run_1 failed (server_error)");
  }

  private ModelException failedRun(ModelException.Kind kind, String code, String message) throws Exception {
    return failedRun(kind, code, message, 1);
  }

  private ModelException failedRun(ModelException.Kind kind, String code, String message, int runs) throws Exception {
    scriptOpenCreatingTheAssistant();
    scriptUserTurn(aRun("queued"));
    server.ok("GET", RUN_PATH, withLastError(aRun("failed"), code, message));
    for (int again = 1; again < runs; again++) {
      server.ok("POST", "/threads/" + THREAD + "/runs", aRun("queued"));
      server.ok("GET", RUN_PATH, withLastError(aRun("failed"), code, message));
    }
    server.ok("DELETE", "/threads/" + THREAD, threadDeleted(THREAD));
    ModelException failure;
    try (ModelProvider provider = provider(ProviderKind.ASSISTANTS); Conversation conversation = provider.open(spec())) {
      failure = failsWith(kind, () -> conversation.send(user("review")));
    }
    takeOpen();
    takeUserTurn();
    server.take("GET", RUN_PATH);
    for (int again = 1; again < runs; again++) {
      assertThat(server.take("POST", "/threads/" + THREAD + "/runs").body().path("assistant_id").asText()).isEqualTo("asst_1");
      server.take("GET", RUN_PATH);
    }
    server.take("DELETE", "/threads/" + THREAD);
    return failure;
  }

  @Test
  void aRunFailedForServerTroubleIsRunAgainOnTheSameThreadAndItsAnswerRead() throws Exception {
    scriptOpenCreatingTheAssistant();
    scriptUserTurn(aRun("queued"));
    server.ok("GET", RUN_PATH, withUsage(withLastError(aRun("failed"), "server_error", "Sorry, something went wrong."), 40, 0));
    String again = "/threads/" + THREAD + "/runs/run_2";
    server.ok("POST", "/threads/" + THREAD + "/runs", run("run_2", THREAD, "asst_1", "queued"));
    server.ok("GET", again, withUsage(run("run_2", THREAD, "asst_1", "completed"), 500, 60));
    server.ok("GET", "/threads/" + THREAD + "/messages", list(List.of(
        message("msg_2", THREAD, "assistant", "{\"findings\":[]}", "run_2", false)), false));
    server.ok("DELETE", "/threads/" + THREAD, threadDeleted(THREAD));
    try (ModelProvider provider = provider(ProviderKind.ASSISTANTS); Conversation conversation = provider.open(spec())) {
      ModelReply reply = conversation.send(user("review"));
      assertThat(reply.stop()).isEqualTo(StopReason.COMPLETED);
      assertThat(reply.text()).isEqualTo("{\"findings\":[]}");
      assertThat(reply.usage()).isEqualTo(new Usage(2, 540, 0, 60)); // two runs; the failed one's tokens were spent too
    }
    takeOpen();
    takeUserTurn();
    server.take("GET", RUN_PATH);
    server.take("POST", "/threads/" + THREAD + "/runs");
    server.take("GET", again);
    assertThat(server.take("GET", "/threads/" + THREAD + "/messages").query("run_id")).isEqualTo("run_2");
    server.take("DELETE", "/threads/" + THREAD);
    assertThat(log.lines()).anyMatch(line -> line.contains("run_1 failed (server_error)"));
  }

  @Test
  void expiredCancelledAndPromptTooLongRunsAreRunFailed() throws Exception {
    scriptOpenCreatingTheAssistant();
    scriptUserTurn(aRun("expired"));
    scriptUserTurn(aRun("cancelled"));
    scriptUserTurn(withIncomplete(aRun("incomplete"), "max_prompt_tokens"));
    server.ok("DELETE", "/threads/" + THREAD, threadDeleted(THREAD));
    try (ModelProvider provider = provider(ProviderKind.ASSISTANTS); Conversation conversation = provider.open(spec())) {
      assertThat(failsWith(ModelException.Kind.RUN_FAILED, () -> conversation.send(user("review"))).getMessage())
          .contains("expired");
      assertThat(failsWith(ModelException.Kind.RUN_FAILED, () -> conversation.send(user("review"))).getMessage())
          .contains("cancelled");
      assertThat(failsWith(ModelException.Kind.RUN_FAILED, () -> conversation.send(user("review"))).getMessage())
          .contains("incomplete (max_prompt_tokens)");
    }
    takeOpen();
    takeUserTurn();
    takeUserTurn();
    takeUserTurn();
    server.take("DELETE", "/threads/" + THREAD);
  }

  @Test
  void aRunCutOffByItsTokenLimitIsALengthReply() throws Exception {
    scriptOpenCreatingTheAssistant();
    scriptUserTurn(withUsage(withIncomplete(aRun("incomplete"), "max_completion_tokens"), 100, 2000));
    server.ok("GET", "/threads/" + THREAD + "/messages", list(List.of(
        message("msg_2", THREAD, "assistant", "{\"findings\":[{\"mess", RUN, false)), false));
    server.ok("DELETE", "/threads/" + THREAD, threadDeleted(THREAD));
    try (ModelProvider provider = provider(ProviderKind.ASSISTANTS); Conversation conversation = provider.open(spec())) {
      ModelReply cut = conversation.send(user("review"));
      assertThat(cut.stop()).isEqualTo(StopReason.LENGTH);
      assertThat(cut.text()).isEqualTo("{\"findings\":[{\"mess");
      assertThat(cut.usage()).isEqualTo(new Usage(1, 100, 0, 2000));
    }
    takeOpen();
    takeUserTurn();
    server.take("GET", "/threads/" + THREAD + "/messages");
    server.take("DELETE", "/threads/" + THREAD);
  }

  @Test
  void aRefusalIsContentFilter() throws Exception {
    scriptOpenCreatingTheAssistant();
    scriptUserTurn(aRun("completed"));
    server.ok("GET", "/threads/" + THREAD + "/messages", list(List.of(
        message("msg_2", THREAD, "assistant", "I can't help with that.", RUN, true)), false));
    server.ok("DELETE", "/threads/" + THREAD, threadDeleted(THREAD));
    try (ModelProvider provider = provider(ProviderKind.ASSISTANTS); Conversation conversation = provider.open(spec())) {
      ModelReply refused = conversation.send(user("review"));
      assertThat(refused.stop()).isEqualTo(StopReason.CONTENT_FILTER);
      assertThat(refused.text()).isEqualTo("I can't help with that.");
    }
  }

  @Test
  void aRunThatNeverFinishesIsCancelledAfterTheRunTimeout() throws Exception {
    scriptOpenCreatingTheAssistant();
    scriptUserTurn(aRun("queued"));
    for (int i = 0; i < 4; i++) {
      server.ok("GET", RUN_PATH, aRun("in_progress"));
    }
    server.ok("POST", RUN_PATH + "/cancel", aRun("cancelling"));
    server.ok("DELETE", "/threads/" + THREAD, threadDeleted(THREAD));
    try (ModelProvider provider = provider(ProviderKind.ASSISTANTS); Conversation conversation = provider.open(spec())) {
      ModelException failure = failsWith(ModelException.Kind.TIMEOUT, () -> conversation.send(user("review")));
      assertThat(failure.getMessage()).contains("still in_progress after 3 s, so it was cancelled");
    }
    takeOpen();
    takeUserTurn();
    for (int i = 0; i < 4; i++) {
      server.take("GET", RUN_PATH);
    }
    Recorded cancel = server.take("POST", RUN_PATH + "/cancel");
    assertThat(cancel.body()).isNull();
    server.take("DELETE", "/threads/" + THREAD);
    // 250 + 500 + 1000 ms, then only what was left of the 3 s
    assertThat(time.sleeps()).containsExactly(
        Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofMillis(1250));
  }

  @Test
  void closingWhileARunWaitsForToolsCancelsItThenDeletesTheThread() throws Exception {
    scriptOpenCreatingTheAssistant();
    scriptUserTurn(requiresAction(aRun("requires_action"), List.of(CALL_A)));
    server.ok("POST", RUN_PATH + "/cancel", aRun("cancelling"));
    server.ok("DELETE", "/threads/" + THREAD, threadDeleted(THREAD));
    try (ModelProvider provider = provider(ProviderKind.ASSISTANTS); Conversation conversation = provider.open(spec())) {
      assertThat(conversation.send(user("review")).toolCalls()).hasSize(1);
      assertThatThrownBy(() -> conversation.send(List.of(new InputItem.ToolOutput("call_a", "{}"),
          new InputItem.UserText("and also..."))))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no user message");
    }
    takeOpen();
    takeUserTurn();
    server.take("POST", RUN_PATH + "/cancel");
    server.take("DELETE", "/threads/" + THREAD);
    assertThat(server.requestCount()).isEqualTo(7);
  }

  @Test
  void errorsOnTheWayStillEndWithTheThreadDeletedAndACleanupFailureIsOnlyAWarning() throws Exception {
    scriptOpenCreatingTheAssistant();
    server.ok("POST", "/threads/" + THREAD + "/messages", message("msg_u", THREAD, "user", "review", null, false));
    server.error(400, error("invalid_request_error", null, "Thread thread_1 already has an active run."));
    for (int i = 0; i < 4; i++) {
      server.error(500, error("server_error", null, "boom"));
    }
    try (ModelProvider provider = provider(ProviderKind.ASSISTANTS)) {
      Conversation conversation = provider.open(spec());
      assertThat(failsWith(ModelException.Kind.BAD_REQUEST, () -> conversation.send(user("review"))).getMessage())
          .contains("already has an active run");
      conversation.close(); // DELETE fails four times: no exception
      conversation.close(); // and only once
    }
    takeOpen();
    takeUserTurn();
    for (int i = 0; i < 4; i++) {
      server.take("DELETE", "/threads/" + THREAD);
    }
    assertThat(server.requestCount()).isEqualTo(9);
    assertThat(log.warnings()).anyMatch(line -> line.contains("could not delete the Assistants thread thread_1"));
  }

  @Test
  void aRunWhoseStatusCannotBeReadAnyMoreIsCancelledBeforeTheThreadIsDeleted() throws Exception {
    scriptOpenCreatingTheAssistant();
    scriptUserTurn(aRun("queued"));
    for (int i = 0; i < 4; i++) {
      server.error(503, error("server_error", null, "overloaded"));
    }
    server.ok("POST", RUN_PATH + "/cancel", aRun("cancelling"));
    server.ok("DELETE", "/threads/" + THREAD, threadDeleted(THREAD));
    try (ModelProvider provider = provider(ProviderKind.ASSISTANTS); Conversation conversation = provider.open(spec())) {
      failsWith(ModelException.Kind.SERVER, () -> conversation.send(user("review")));
    }
    takeOpen();
    takeUserTurn();
    for (int i = 0; i < 4; i++) {
      server.take("GET", RUN_PATH);
    }
    // the run would go on spending tokens for nobody
    assertThat(server.take("POST", RUN_PATH + "/cancel").header("OpenAI-Beta")).isEqualTo("assistants=v2");
    assertThat(server.take("DELETE", "/threads/" + THREAD).header("OpenAI-Beta")).isEqualTo("assistants=v2");
  }

  @Test
  void aGarbageIdIsABadResponseNotAPath() {
    server.ok("GET", "/assistants", list(List.of(), false));
    server.ok("POST", "/assistants", assistant("../../v1/files", "review-agent", "review_agent_config", "x"));
    try (ModelProvider provider = provider(ProviderKind.ASSISTANTS)) {
      assertThat(failsWith(ModelException.Kind.BAD_RESPONSE, () -> provider.open(spec())).getMessage())
          .contains("not a plain identifier");
    }
    assertThat(server.requestCount()).isEqualTo(2);
  }
}
