package io.github.reviewagent.provider;

import static io.github.reviewagent.testing.OpenAiFixtures.chatCompletion;
import static io.github.reviewagent.testing.OpenAiFixtures.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.reviewagent.http.HttpSettings;
import io.github.reviewagent.http.Secret;
import io.github.reviewagent.provider.ModelReply.StopReason;
import io.github.reviewagent.review.Usage;
import io.github.reviewagent.testing.OpenAiServer.Recorded;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

class ChatProviderTest extends ProviderTestSupport {

  private static final String PATH = "/chat/completions";

  @Test
  void toolCallsThenAStructuredAnswer() throws Exception {
    server.ok("POST", PATH, chatCompletion("tool_calls", null, null, List.of(CALL_A, CALL_B), 100, 64, 20));
    server.ok("POST", PATH, chatCompletion("stop", "{\"findings\":[]}", null, List.of(), 300, 128, 50));
    try (ModelProvider provider = provider(ProviderKind.CHAT); Conversation conversation = provider.open(spec())) {
      assertThat(provider.id()).isEqualTo("chat");
      ModelReply first = conversation.send(user("Review src/A.java and src/B.java"));
      assertThat(first.stop()).isEqualTo(StopReason.TOOL_CALLS);
      assertThat(first.toolCalls()).containsExactly(
          new ToolCall("call_a", "get_code_metrics", CALL_A.arguments()),
          new ToolCall("call_b", "get_code_metrics", CALL_B.arguments()));
      assertThat(first.usage()).isEqualTo(new Usage(1, 100, 64, 20));

      ModelReply second = conversation.send(List.of(
          new InputItem.ToolOutput("call_b", "{\"cyclomatic\":3}"), new InputItem.ToolOutput("call_a", "{\"cyclomatic\":9}")));
      assertThat(second.stop()).isEqualTo(StopReason.COMPLETED);
      assertThat(second.text()).isEqualTo("{\"findings\":[]}");
      assertThat(second.toolCalls()).isEmpty();
      assertThat(second.usage()).isEqualTo(new Usage(1, 300, 128, 50));
    }

    Recorded request1 = server.take("POST", PATH);
    assertThat(request1.header("Authorization")).isEqualTo("Bearer " + KEY);
    JsonNode body1 = request1.body();
    assertThat(body1.path("model").asText()).isEqualTo("gpt-test");
    assertThat(body1.path("messages")).hasSize(2);
    assertThat(body1.at("/messages/0/role").asText()).isEqualTo("system");
    assertThat(body1.at("/messages/0/content").asText()).isEqualTo("You review Java changes.");
    assertThat(body1.at("/messages/1/role").asText()).isEqualTo("user");
    assertThat(body1.at("/tools/0/type").asText()).isEqualTo("function");
    assertThat(body1.at("/tools/0/function/name").asText()).isEqualTo("get_code_metrics");
    assertThat(body1.at("/tools/0/function/parameters/properties/path/type").asText()).isEqualTo("string");
    // Left to its default, true: OpenAI's reasoning models (o1, o3, o4-mini) reject the parameter itself with a 400.
    assertThat(body1.has("parallel_tool_calls")).isFalse();
    assertThat(body1.at("/response_format/type").asText()).isEqualTo("json_schema");
    assertThat(body1.at("/response_format/json_schema/name").asText()).isEqualTo("review");
    assertThat(body1.at("/response_format/json_schema/strict").asBoolean()).isTrue();
    assertThat(body1.at("/response_format/json_schema/schema/required/0").asText()).isEqualTo("findings");
    assertThat(body1.path("max_completion_tokens").asInt()).isEqualTo(2000);

    JsonNode messages = server.take("POST", PATH).body().path("messages");
    assertThat(messages).hasSize(5);
    assertThat(messages.at("/2/role").asText()).isEqualTo("assistant");
    assertThat(messages.at("/2/content").isNull()).isTrue();
    assertThat(messages.at("/2/tool_calls/0/id").asText()).isEqualTo("call_a");
    assertThat(messages.at("/2/tool_calls/1/function/arguments").asText()).isEqualTo(CALL_B.arguments());
    assertThat(messages.at("/3/role").asText()).isEqualTo("tool");
    assertThat(messages.at("/3/tool_call_id").asText()).isEqualTo("call_b");
    assertThat(messages.at("/4/tool_call_id").asText()).isEqualTo("call_a");
    assertThat(messages.at("/4/content").asText()).isEqualTo("{\"cyclomatic\":9}");
  }

  @Test
  void aReplyCutOffByLengthHasNoToolCallsAndTheConversationGoesOn() throws Exception {
    server.ok("POST", PATH, chatCompletion("length", "{\"findings\":[{\"mess", null, List.of(CALL_A), 10, 0, 2000));
    server.ok("POST", PATH, chatCompletion("stop", "{\"findings\":[]}", null, List.of(), 10, 0, 5));
    try (ModelProvider provider = provider(ProviderKind.CHAT); Conversation conversation = provider.open(spec())) {
      ModelReply cut = conversation.send(user("review"));
      assertThat(cut.stop()).isEqualTo(StopReason.LENGTH);
      assertThat(cut.text()).startsWith("{\"findings\"");
      assertThat(cut.toolCalls()).isEmpty();
      assertThat(conversation.send(user("Shorter, please.")).stop()).isEqualTo(StopReason.COMPLETED);
    }
    server.take("POST", PATH);
    JsonNode messages = server.take("POST", PATH).body().path("messages");
    assertThat(messages.at("/2/content").asText()).startsWith("{\"findings\"");
    assertThat(messages.at("/2").has("tool_calls")).isFalse();
    assertThat(messages.at("/3/content").asText()).isEqualTo("Shorter, please.");
  }

  @Test
  void refusalsAndFilteredRepliesAreContentFilter() throws Exception {
    server.ok("POST", PATH, chatCompletion("stop", null, "I can't help with that.", List.of(), 1, 0, 1));
    server.ok("POST", PATH, chatCompletion("content_filter", "", null, List.of(), 1, 0, 1));
    try (ModelProvider provider = provider(ProviderKind.CHAT); Conversation conversation = provider.open(spec())) {
      ModelReply refused = conversation.send(user("review"));
      assertThat(refused.stop()).isEqualTo(StopReason.CONTENT_FILTER);
      assertThat(refused.text()).isEqualTo("I can't help with that.");
      assertThat(conversation.send(user("again")).stop()).isEqualTo(StopReason.CONTENT_FILTER);
    }
    server.take("POST", PATH);
    assertThat(server.take("POST", PATH).body().at("/messages/2/refusal").asText()).isEqualTo("I can't help with that.");
  }

  @Test
  void aRejectedKeyNamesItsSourceButNeverShowsIt() {
    server.error(401, error("invalid_request_error", "invalid_api_key",
        "Incorrect API key provided: " + KEY + ". You can find your API key at https://platform.openai.com."));
    try (ModelProvider provider = provider(ProviderKind.CHAT)) {
      ModelException failure = failsWith(ModelException.Kind.AUTHENTICATION,
          () -> provider.open(spec()).send(user("review")));
      assertThat(failure.getMessage())
          .startsWith("the API key in environment variable OPENAI_API_KEY was rejected by "
              + server.baseUrl().getHost() + ":" + server.baseUrl().getPort() + " (HTTP 401, invalid_api_key)")
          .contains("check it")
          .contains("Incorrect API key provided: [redacted]");
    }
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void aForbiddenKeyIsAuthenticationToo() {
    server.error(403, error("invalid_request_error", "unsupported_country_region_territory", "Country not supported"));
    try (ModelProvider provider = provider(ProviderKind.CHAT)) {
      ModelException failure = failsWith(ModelException.Kind.AUTHENTICATION,
          () -> provider.open(spec()).send(user("review")));
      assertThat(failure.getMessage()).contains("OPENAI_API_KEY").contains("model 'gpt-test'");
    }
  }

  @Test
  void insufficientQuotaIsNeverRetriedAndPointsAtBilling() {
    server.error(429, error("insufficient_quota", "insufficient_quota", "You exceeded your current quota."),
        "Retry-After: 1");
    server.ok("POST", PATH, chatCompletion("stop", "unused", null, List.of(), 1, 0, 1));
    try (ModelProvider provider = provider(ProviderKind.CHAT)) {
      ModelException failure = failsWith(ModelException.Kind.QUOTA, () -> provider.open(spec()).send(user("review")));
      assertThat(failure.getMessage()).contains("billing").contains("OPENAI_API_KEY");
    }
    assertThat(server.requestCount()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void rateLimitsAreRetriedAsLongAsTheServerAsks() throws Exception {
    server.error(429, error("requests", "rate_limit_exceeded", "Rate limit reached"), "Retry-After: 2");
    server.error(429, error("requests", "rate_limit_exceeded", "Rate limit reached"), "retry-after-ms: 750");
    server.ok("POST", PATH, chatCompletion("stop", "{\"findings\":[]}", null, List.of(), 1, 0, 1));
    try (ModelProvider provider = provider(ProviderKind.CHAT)) {
      assertThat(provider.open(spec()).send(user("review")).stop()).isEqualTo(StopReason.COMPLETED);
    }
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofMillis(750));
    assertThat(log.warnings()).hasSize(2).allMatch(line -> line.contains("HTTP 429 (rate_limit_exceeded)"));
    for (int i = 0; i < 3; i++) {
      server.take("POST", PATH); // the same valid request each time
    }
  }

  @Test
  void aRateLimitThatDoesNotEndIsRateLimitedAfterTheLastAttempt() {
    for (int i = 0; i < 4; i++) {
      server.error(429, error("tokens", "rate_limit_exceeded", "Rate limit reached for tokens"));
    }
    try (ModelProvider provider = provider(ProviderKind.CHAT)) {
      ModelException failure = failsWith(ModelException.Kind.RATE_LIMITED,
          () -> provider.open(spec()).send(user("review")));
      assertThat(failure.getMessage()).contains("after 4 attempts").contains("try again later");
    }
    assertThat(time.sleeps()).hasSize(3); // jittered backoff: none of the answers said how long
    assertThat(server.requestCount()).isEqualTo(4);
  }

  @Test
  void aServerErrorThenSuccess() throws Exception {
    server.error(500, error("server_error", null, "The server had an error while processing your request."));
    server.ok("POST", PATH, chatCompletion("stop", "{\"findings\":[]}", null, List.of(), 1, 0, 1));
    try (ModelProvider provider = provider(ProviderKind.CHAT)) {
      assertThat(provider.open(spec()).send(user("review")).text()).isEqualTo("{\"findings\":[]}");
    }
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @Test
  void persistentServerErrorsAreServer() {
    for (int i = 0; i < 4; i++) {
      server.error(503, error("server_error", null, "overloaded"));
    }
    try (ModelProvider provider = provider(ProviderKind.CHAT)) {
      assertThat(failsWith(ModelException.Kind.SERVER, () -> provider.open(spec()).send(user("review"))).getMessage())
          .contains("HTTP 503").contains("after 4 attempts");
    }
  }

  @Test
  void anUnknownModelIsNamed() {
    server.error(404, error("invalid_request_error", "model_not_found",
        "The model `gpt-test` does not exist or you do not have access to it."));
    try (ModelProvider provider = provider(ProviderKind.CHAT)) {
      ModelException failure = failsWith(ModelException.Kind.BAD_REQUEST, () -> provider.open(spec()).send(user("x")));
      assertThat(failure.getMessage()).startsWith("model 'gpt-test' is not available at").contains("review.model");
    }
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void aWrongBaseUrlIsNamed() {
    server.enqueue(new MockResponse.Builder().code(404).body("404 page not found").build());
    try (ModelProvider provider = provider(ProviderKind.CHAT)) {
      ModelException failure = failsWith(ModelException.Kind.BAD_REQUEST, () -> provider.open(spec()).send(user("x")));
      assertThat(failure.getMessage()).contains("has no POST /chat/completions").contains("review.baseUrl");
    }
  }

  @Test
  void aStalledServerTimesOutAfterTheRetries() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse.Builder().body("{}").headersDelay(3, TimeUnit.SECONDS).build());
    }
    ProviderSettings quick = settings(ProviderKind.CHAT).withHttp(settings(ProviderKind.CHAT).http()
        .withRetry(new io.github.reviewagent.http.RetryPolicy(2, Duration.ofMillis(10), Duration.ofSeconds(1))));
    try (ModelProvider provider = ModelProviders.create(quick, log, time.timing())) {
      ModelException failure = failsWith(ModelException.Kind.TIMEOUT, () -> provider.open(spec()).send(user("x")));
      assertThat(failure.getMessage()).contains("did not answer POST /chat/completions in time after 2 attempts");
    }
  }

  @Test
  void aDroppedConnectionIsRetried() throws Exception {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.ok("POST", PATH, chatCompletion("stop", "{\"findings\":[]}", null, List.of(), 1, 0, 1));
    try (ModelProvider provider = provider(ProviderKind.CHAT)) {
      assertThat(provider.open(spec()).send(user("review")).stop()).isEqualTo(StopReason.COMPLETED);
    }
    assertThat(log.warnings()).anyMatch(line -> line.contains("dropped"));
  }

  @Test
  void malformedJsonIsABadResponse() {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"choices\": [").build());
    try (ModelProvider provider = provider(ProviderKind.CHAT)) {
      assertThat(failsWith(ModelException.Kind.BAD_RESPONSE, () -> provider.open(spec()).send(user("x"))).getMessage())
          .contains("not a JSON object").contains("OpenAI-compatible");
    }
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void jsonWithoutAChoiceIsABadResponse() {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"object\":\"chat.completion\",\"choices\":[]}").build());
    try (ModelProvider provider = provider(ProviderKind.CHAT)) {
      assertThat(failsWith(ModelException.Kind.BAD_RESPONSE, () -> provider.open(spec()).send(user("x"))).getMessage())
          .contains("choices[0].message");
    }
  }

  @Test
  void offlineTheRealApiIsNotCalled() {
    ProviderSettings offline = ProviderSettings.of(ProviderKind.CHAT, URI.create("https://api.openai.com/v1"),
        "gpt-test", Secret.of(KEY), KEY_SOURCE).withHttp(HttpSettings.defaults().withOffline(true));
    try (ModelProvider provider = ModelProviders.create(offline, log, time.timing())) {
      ModelException failure = failsWith(ModelException.Kind.NETWORK, () -> provider.open(spec()).send(user("x")));
      assertThat(failure.getMessage()).contains("offline (-o)").contains("api.openai.com")
          .contains("review.provider=offline");
    }
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void offlineALoopbackServerIsFine() throws Exception {
    server.ok("POST", PATH, chatCompletion("stop", "{\"findings\":[]}", null, List.of(), 1, 0, 1));
    ProviderSettings offline = settings(ProviderKind.CHAT).withHttp(settings(ProviderKind.CHAT).http().withOffline(true));
    try (ModelProvider provider = ModelProviders.create(offline, log, time.timing())) {
      assertThat(provider.open(spec()).send(user("review")).stop()).isEqualTo(StopReason.COMPLETED);
    }
  }

  @Test
  void goesThroughTheConfiguredProxy() throws Exception {
    // The loopback server plays the proxy for a host that is never resolved or contacted.
    server.ok("POST", PATH, chatCompletion("stop", "{\"findings\":[]}", null, List.of(), 1, 0, 1));
    ProviderSettings proxied = new ProviderSettings(ProviderKind.CHAT, URI.create("http://api.example.test/v1"),
        "gpt-test", Secret.of(KEY), KEY_SOURCE, settings(ProviderKind.CHAT).http().withProxy(
            new io.github.reviewagent.http.ProxySettings(server.mock().getProxyAddress(), null, null)), null);
    try (ModelProvider provider = ModelProviders.create(proxied, log, time.timing())) {
      assertThat(provider.open(spec()).send(user("review")).stop()).isEqualTo(StopReason.COMPLETED);
    }
    Recorded request = server.take("POST", PATH);
    assertThat(request.request().getRequestLine()).startsWith("POST http://api.example.test/v1/chat/completions ");
  }

  @Test
  void aRefusedConnectionFailsAtOnce() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    ProviderSettings nowhere = new ProviderSettings(ProviderKind.CHAT, URI.create("http://127.0.0.1:" + closedPort + "/v1"),
        "gpt-test", Secret.of(KEY), KEY_SOURCE, settings(ProviderKind.CHAT).http(), null);
    try (ModelProvider provider = ModelProviders.create(nowhere, log, time.timing())) {
      assertThat(failsWith(ModelException.Kind.NETWORK, () -> provider.open(spec()).send(user("x"))).getMessage())
          .contains("cannot connect to 127.0.0.1:" + closedPort).contains("review.baseUrl");
    }
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void localServersToolCallsWithRepeatedIdsOrObjectArgumentsAreAnsweredAndReplayedInTheSpecsShape() throws Exception {
    // As some OpenAI-compatible servers answer: finish_reason "stop" despite the calls, one id for every call of
    // the turn, and the arguments as a JSON object instead of the JSON text the spec prescribes.
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body("""
        {"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "gpt-test",
         "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": null,
           "tool_calls": [
             {"id": "call_0", "type": "function", "function": {"name": "get_code_metrics", "arguments": {"path": "src/A.java"}}},
             {"id": "call_0", "type": "function", "function": {"name": "get_code_metrics", "arguments": "{\\"path\\":\\"src/B.java\\"}"}}]}}]}
        """).build());
    server.ok("POST", PATH, chatCompletion("stop", "{\"findings\":[]}", null, List.of(), 1, 0, 1));
    try (ModelProvider provider = provider(ProviderKind.CHAT); Conversation conversation = provider.open(spec())) {
      ModelReply first = conversation.send(user("review"));
      assertThat(first.stop()).isEqualTo(StopReason.TOOL_CALLS);
      assertThat(first.toolCalls()).hasSize(2);
      ToolCall a = first.toolCalls().get(0);
      ToolCall b = first.toolCalls().get(1);
      assertThat(a.id()).isNotEqualTo(b.id());
      assertThat(JSON.readTree(a.arguments()).path("path").asText()).isEqualTo("src/A.java");
      assertThat(JSON.readTree(b.arguments()).path("path").asText()).isEqualTo("src/B.java");

      ModelReply second = conversation.send(List.of(
          new InputItem.ToolOutput(a.id(), "{\"cyclomatic\":9}"), new InputItem.ToolOutput(b.id(), "{\"cyclomatic\":3}")));
      assertThat(second.stop()).isEqualTo(StopReason.COMPLETED);
    }
    server.take("POST", PATH);
    JsonNode messages = server.take("POST", PATH).body().path("messages");
    assertThat(messages.at("/2/tool_calls/0/function/arguments").isTextual()).isTrue();
    assertThat(JSON.readTree(messages.at("/2/tool_calls/0/function/arguments").asText()).path("path").asText())
        .isEqualTo("src/A.java");
    assertThat(messages.at("/3/tool_call_id").asText()).isEqualTo(messages.at("/2/tool_calls/0/id").asText());
    assertThat(messages.at("/4/tool_call_id").asText()).isEqualTo(messages.at("/2/tool_calls/1/id").asText());
    assertThat(messages.at("/4/content").asText()).isEqualTo("{\"cyclomatic\":3}");
  }

  @Test
  void aChoiceThatEndedInAnErrorIsAServerFailureWithTheServersMessage() {
    // OpenRouter reports an upstream failure after the answer began as finish_reason "error" with the choice's error.
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body("""
        {"id": "gen-1", "object": "chat.completion", "created": 1, "model": "gpt-test",
         "choices": [{"index": 0, "finish_reason": "error", "message": {"role": "assistant", "content": ""},
                      "error": {"code": 502, "message": "Upstream provider disconnected"}}]}
        """).build());
    try (ModelProvider provider = provider(ProviderKind.CHAT)) {
      assertThat(failsWith(ModelException.Kind.SERVER, () -> provider.open(spec()).send(user("x"))).getMessage())
          .contains("Upstream provider disconnected");
    }
  }

  @Test
  void turnsMustAnswerEveryPendingCallAndNothingElse() throws Exception {
    server.ok("POST", PATH, chatCompletion("tool_calls", null, null, List.of(CALL_A, CALL_B), 1, 0, 1));
    try (ModelProvider provider = provider(ProviderKind.CHAT); Conversation conversation = provider.open(spec())) {
      assertThatThrownBy(() -> conversation.send(List.of(new InputItem.ToolOutput("call_a", "{}"))))
          .isInstanceOf(IllegalArgumentException.class); // nothing pending yet
      conversation.send(user("review"));
      assertThatThrownBy(() -> conversation.send(List.of(new InputItem.ToolOutput("call_a", "{}"))))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("call_b");
      assertThatThrownBy(() -> conversation.send(List.of()))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(server.requestCount()).isEqualTo(1);
  }
}
