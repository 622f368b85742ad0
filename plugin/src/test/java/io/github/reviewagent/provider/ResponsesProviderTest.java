package io.github.reviewagent.provider;

import static io.github.reviewagent.testing.OpenAiFixtures.error;
import static io.github.reviewagent.testing.OpenAiFixtures.failedResponse;
import static io.github.reviewagent.testing.OpenAiFixtures.functionCall;
import static io.github.reviewagent.testing.OpenAiFixtures.outputMessage;
import static io.github.reviewagent.testing.OpenAiFixtures.outputRefusal;
import static io.github.reviewagent.testing.OpenAiFixtures.reasoning;
import static io.github.reviewagent.testing.OpenAiFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.reviewagent.provider.ModelReply.StopReason;
import io.github.reviewagent.review.Usage;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponsesProviderTest extends ProviderTestSupport {

  private static final String PATH = "/responses";

  @Test
  void functionCallsThenAStructuredAnswerWithTheOutputReplayed() throws Exception {
    JsonNode thought = reasoning("rs_1", "gAAAA-encrypted");
    JsonNode callA = functionCall("fc_1", CALL_A);
    JsonNode callB = functionCall("fc_2", CALL_B);
    server.ok("POST", PATH, response("completed", null, List.of(thought, callA, callB), 400, 256, 30));
    server.ok("POST", PATH, response("completed", null, List.of(outputMessage("msg_1", "{\"findings\":[]}")), 600, 512, 40));
    try (ModelProvider provider = provider(ProviderKind.RESPONSES); Conversation conversation = provider.open(spec())) {
      assertThat(provider.id()).isEqualTo("responses");
      ModelReply first = conversation.send(user("Review src/A.java and src/B.java"));
      assertThat(first.stop()).isEqualTo(StopReason.TOOL_CALLS);
      assertThat(first.toolCalls()).extracting(ToolCall::id).containsExactly("call_a", "call_b");
      assertThat(first.toolCalls().get(1).arguments()).isEqualTo(CALL_B.arguments());
      assertThat(first.usage()).isEqualTo(new Usage(1, 400, 256, 30));

      ModelReply second = conversation.send(List.of(
          new InputItem.ToolOutput("call_a", "{\"cyclomatic\":9}"), new InputItem.ToolOutput("call_b", "{\"cyclomatic\":3}")));
      assertThat(second.stop()).isEqualTo(StopReason.COMPLETED);
      assertThat(second.text()).isEqualTo("{\"findings\":[]}");
      assertThat(second.usage()).isEqualTo(new Usage(1, 600, 512, 40));
    }

    JsonNode body1 = server.take("POST", PATH).body();
    assertThat(body1.path("instructions").asText()).isEqualTo("You review Java changes.");
    assertThat(body1.path("store").asBoolean(true)).isFalse();
    assertThat(body1.has("previous_response_id")).isFalse();
    assertThat(body1.at("/include/0").asText()).isEqualTo("reasoning.encrypted_content");
    assertThat(body1.path("input")).hasSize(1);
    assertThat(body1.at("/input/0/role").asText()).isEqualTo("user");
    assertThat(body1.at("/tools/0/type").asText()).isEqualTo("function");
    assertThat(body1.at("/tools/0/name").asText()).isEqualTo("get_code_metrics");
    assertThat(body1.at("/tools/0/strict").asBoolean(true)).isFalse();
    assertThat(body1.at("/text/format/type").asText()).isEqualTo("json_schema");
    assertThat(body1.at("/text/format/name").asText()).isEqualTo("review");
    assertThat(body1.at("/text/format/strict").asBoolean()).isTrue();
    assertThat(body1.path("max_output_tokens").asInt()).isEqualTo(2000);

    JsonNode body2 = server.take("POST", PATH).body();
    assertThat(body2.has("previous_response_id")).isFalse();
    JsonNode input = body2.path("input");
    assertThat(input).hasSize(6);
    assertThat(input.get(1)).isEqualTo(thought);
    assertThat(input.get(2)).isEqualTo(callA);
    assertThat(input.get(3)).isEqualTo(callB);
    assertThat(input.at("/4/type").asText()).isEqualTo("function_call_output");
    assertThat(input.at("/4/call_id").asText()).isEqualTo("call_a");
    assertThat(input.at("/5/call_id").asText()).isEqualTo("call_b");
    assertThat(input.at("/5/output").asText()).isEqualTo("{\"cyclomatic\":3}");
  }

  @Test
  void anIncompleteResponseAtTheTokenLimitIsLengthAndItsCallsAreDropped() throws Exception {
    server.ok("POST", PATH, response("incomplete", "max_output_tokens",
        List.of(outputMessage("msg_1", "{\"findings\":[{\"mess"), functionCall("fc_1", CALL_A)), 10, 0, 2000));
    server.ok("POST", PATH, response("completed", null, List.of(outputMessage("msg_2", "{\"findings\":[]}")), 10, 0, 5));
    try (ModelProvider provider = provider(ProviderKind.RESPONSES); Conversation conversation = provider.open(spec())) {
      ModelReply cut = conversation.send(user("review"));
      assertThat(cut.stop()).isEqualTo(StopReason.LENGTH);
      assertThat(cut.text()).isEqualTo("{\"findings\":[{\"mess");
      assertThat(cut.toolCalls()).isEmpty();
      assertThat(conversation.send(user("Shorter.")).stop()).isEqualTo(StopReason.COMPLETED);
    }
    server.take("POST", PATH);
    JsonNode input = server.take("POST", PATH).body().path("input");
    assertThat(input).hasSize(3);
    assertThat(input.findValuesAsText("type")).doesNotContain("function_call");
  }

  @Test
  void aReasoningItemWhoseFollowingItemIsDroppedIsNotReplayedAlone() throws Exception {
    // OpenAI answers 400 "Item 'rs_...' of type 'reasoning' was provided without its required following item"
    // to a reasoning item replayed without the item it led to: here the calls cut off, or nothing at all.
    server.ok("POST", PATH, response("incomplete", "max_output_tokens",
        List.of(reasoning("rs_1", "enc-1"), functionCall("fc_1", CALL_A)), 10, 0, 2000));
    server.ok("POST", PATH, response("incomplete", "max_output_tokens", List.of(reasoning("rs_2", "enc-2")), 10, 0, 2000));
    server.ok("POST", PATH, response("completed", null,
        List.of(reasoning("rs_3", "enc-3"), outputMessage("msg_3", "{\"findings\":[]}")), 10, 0, 5));
    try (ModelProvider provider = provider(ProviderKind.RESPONSES); Conversation conversation = provider.open(spec())) {
      assertThat(conversation.send(user("review")).stop()).isEqualTo(StopReason.LENGTH);
      assertThat(conversation.send(user("Shorter.")).stop()).isEqualTo(StopReason.LENGTH);
      assertThat(conversation.send(user("Shorter still.")).stop()).isEqualTo(StopReason.COMPLETED);
    }
    server.take("POST", PATH);
    JsonNode second = server.take("POST", PATH).body().path("input");
    assertThat(second.findValuesAsText("type")).containsExactly("message", "message");
    JsonNode third = server.take("POST", PATH).body().path("input");
    assertThat(third.findValuesAsText("type")).containsExactly("message", "message", "message");
  }

  @Test
  void aModelWithoutEncryptedReasoningIsAskedAgainWithoutItAndNeverAgainWithIt() throws Exception {
    // OpenAI's answer for gpt-4o, gpt-4.1 and other models that do not reason.
    server.error(400, error("invalid_request_error", null, "Encrypted content is not supported with this model."));
    server.ok("POST", PATH, response("completed", null, List.of(outputMessage("msg_1", "{\"findings\":[]}")), 10, 0, 5));
    server.ok("POST", PATH, response("completed", null, List.of(outputMessage("msg_2", "{\"findings\":[]}")), 10, 0, 5));
    try (ModelProvider provider = provider(ProviderKind.RESPONSES)) {
      try (Conversation conversation = provider.open(spec())) {
        assertThat(conversation.send(user("review")).stop()).isEqualTo(StopReason.COMPLETED);
      }
      try (Conversation conversation = provider.open(spec())) {
        assertThat(conversation.send(user("review the next part")).stop()).isEqualTo(StopReason.COMPLETED);
      }
    }
    assertThat(server.take("POST", PATH).body().at("/include/0").asText()).isEqualTo("reasoning.encrypted_content");
    JsonNode retried = server.take("POST", PATH).body();
    assertThat(retried.has("include")).isFalse();
    assertThat(retried.path("store").asBoolean(true)).isFalse();
    assertThat(server.take("POST", PATH).body().has("include")).isFalse();
  }

  @Test
  void filteredAndRefusedResponsesAreContentFilter() throws Exception {
    server.ok("POST", PATH, response("incomplete", "content_filter", List.of(), 10, 0, 0));
    server.ok("POST", PATH, response("completed", null, List.of(outputRefusal("msg_1", "I can't help with that.")), 1, 0, 1));
    try (ModelProvider provider = provider(ProviderKind.RESPONSES); Conversation conversation = provider.open(spec())) {
      assertThat(conversation.send(user("review")).stop()).isEqualTo(StopReason.CONTENT_FILTER);
      ModelReply refused = conversation.send(user("again"));
      assertThat(refused.stop()).isEqualTo(StopReason.CONTENT_FILTER);
      assertThat(refused.text()).isEqualTo("I can't help with that.");
    }
  }

  @Test
  void aFailedResponseSaysWhy() {
    server.ok("POST", PATH, failedResponse("server_error", "Something went wrong."));
    try (ModelProvider provider = provider(ProviderKind.RESPONSES)) {
      assertThat(failsWith(ModelException.Kind.SERVER, () -> provider.open(spec()).send(user("x"))).getMessage())
          .contains("server_error").contains("Something went wrong.");
    }
  }

  @Test
  void anUnsupportedEndpointPointsAtTheProviderSetting() {
    server.error(404, error("invalid_request_error", null, "Invalid URL (POST /v1/responses)"));
    try (ModelProvider provider = provider(ProviderKind.RESPONSES)) {
      assertThat(failsWith(ModelException.Kind.BAD_REQUEST, () -> provider.open(spec()).send(user("x"))).getMessage())
          .contains("has no POST /responses").contains("review.provider=responses");
    }
  }

  @Test
  void aLowTokenCapIsRaisedToTheApisFloor() throws Exception {
    server.ok("POST", PATH, response("completed", null, List.of(outputMessage("msg_1", "ok")), 1, 0, 1));
    ConversationSpec tiny = new ConversationSpec("short", List.of(), null, 5);
    try (ModelProvider provider = provider(ProviderKind.RESPONSES)) {
      assertThat(provider.open(tiny).send(user("x")).text()).isEqualTo("ok");
    }
    JsonNode body = server.take("POST", PATH).body();
    assertThat(body.path("max_output_tokens").asInt()).isEqualTo(16);
    assertThat(body.has("tools")).isFalse();
    assertThat(body.has("parallel_tool_calls")).isFalse();
    assertThat(body.has("text")).isFalse();
  }
}
