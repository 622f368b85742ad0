package io.github.reviewagent.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.reviewagent.http.HttpSettings;
import io.github.reviewagent.http.RetryPolicy;
import io.github.reviewagent.http.Secret;
import io.github.reviewagent.testing.FakeTiming;
import io.github.reviewagent.testing.LogCapture;
import io.github.reviewagent.testing.OpenAiFixtures.Call;
import io.github.reviewagent.testing.OpenAiServer;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;

/** A scripted server, fake time, a captured log, and the rule that the key shows up nowhere. */
abstract class ProviderTestSupport {

  static final String KEY = "sk-proj-SECRET-KEY-0123456789abcdefghijklmnop";
  static final String KEY_SOURCE = "environment variable OPENAI_API_KEY";
  static final ObjectMapper JSON = new ObjectMapper();

  static final Call CALL_A = new Call("call_a", "get_code_metrics", "{\"path\":\"src/A.java\"}");
  static final Call CALL_B = new Call("call_b", "get_code_metrics", "{\"path\":\"src/B.java\",\"method\":\"run\"}");

  final OpenAiServer server = new OpenAiServer();
  final FakeTiming time = new FakeTiming();
  final LogCapture log = new LogCapture();

  @AfterEach
  void theKeyLeaksNowhereAndEveryRequestFollowsTheSpec() {
    server.takeAndCheckTheRest();
    server.close();
    log.assertNeverContains(KEY);
  }

  ProviderSettings settings(ProviderKind kind) {
    HttpSettings http = HttpSettings.defaults()
        .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(5))
        .withRetry(new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(30)));
    return new ProviderSettings(kind, server.baseUrl(), "gpt-test", Secret.of(KEY), KEY_SOURCE, http,
        Duration.ofSeconds(3));
  }

  ModelProvider provider(ProviderKind kind) {
    return ModelProviders.create(settings(kind), log, time.timing());
  }

  /** What the agent sends: instructions, the metrics tool, a JSON answer schema. */
  static ConversationSpec spec() {
    ObjectNode parameters = JSON.createObjectNode().put("type", "object");
    ObjectNode properties = parameters.putObject("properties");
    properties.putObject("path").put("type", "string");
    properties.putObject("code").put("type", "string");
    properties.putObject("method").put("type", "string");
    ObjectNode answer = JSON.createObjectNode().put("type", "object").put("additionalProperties", false);
    answer.putObject("properties").putObject("findings").put("type", "array");
    answer.putArray("required").add("findings");
    return new ConversationSpec("You review Java changes.",
        List.of(new ToolSpec("get_code_metrics", "Metrics of Java code", parameters)),
        new ResponseFormat("review", answer, true), 2000);
  }

  static List<InputItem> user(String text) {
    return List.of(new InputItem.UserText(text));
  }

  /** Runs the call, expects a {@link ModelException} of {@code kind}, and checks that its text is clean. */
  static ModelException failsWith(ModelException.Kind kind, ThrowingCallable call) {
    ModelException failure = catchThrowableOfType(ModelException.class, call);
    assertThat(failure).as("a ModelException").isNotNull();
    assertThat(failure.kind()).as(failure.getMessage()).isEqualTo(kind);
    LogCapture.assertNoSecretIn(failure, KEY);
    return failure;
  }
}
