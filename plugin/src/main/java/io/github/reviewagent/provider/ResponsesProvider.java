package io.github.reviewagent.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.reviewagent.http.HttpFailure;
import io.github.reviewagent.http.JsonApi;
import io.github.reviewagent.provider.ModelReply.StopReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Responses: {@code POST /responses} with {@code store: false}, so no review content stays on the server and
 * nothing needs deleting. The conversation keeps its input items (user messages, every output item of the
 * previous responses replayed as they came, {@code function_call_output} items answering the calls) and sends
 * them all every turn; {@code previous_response_id} would need stored responses. Reasoning items come back
 * with their {@code encrypted_content}, which is what lets a reasoning model continue without storage.
 */
final class ResponsesProvider extends ReplayingProvider {

  /** Whether the model returns encrypted reasoning; models that do not reason reject the request for it. */
  private final AtomicBoolean encryptedReasoning = new AtomicBoolean(true);

  ResponsesProvider(JsonApi api, ProviderSettings settings) {
    super(ProviderKind.RESPONSES, "/responses", api, settings);
  }

  @Override
  public Conversation open(ConversationSpec spec) {
    return new ResponsesConversation(spec);
  }

  private final class ResponsesConversation extends History {

    /** The API's floor for {@code max_output_tokens}. */
    private static final int MIN_OUTPUT_TOKENS = 16;

    private final ConversationSpec spec;
    private final ArrayNode items = Wire.NODES.arrayNode();

    ResponsesConversation(ConversationSpec spec) {
      this.spec = spec;
    }

    @Override
    void add(InputItem item) {
      if (item instanceof InputItem.ToolOutput output) {
        items.addObject().put("type", "function_call_output").put("call_id", output.callId())
            .put("output", output.output());
      } else if (item instanceof InputItem.UserText user) {
        items.addObject().put("type", "message").put("role", "user").put("content", user.text());
      }
    }

    @Override
    ObjectNode request() {
      ObjectNode body = Wire.object().put("model", settings.model());
      if (spec.instructions() != null && !spec.instructions().isBlank()) {
        body.put("instructions", spec.instructions());
      }
      body.set("input", items);
      if (!spec.tools().isEmpty()) {
        ArrayNode tools = body.putArray("tools");
        for (ToolSpec tool : spec.tools()) {
          ObjectNode function = tools.addObject().put("type", "function").put("name", tool.name());
          if (tool.description() != null) {
            function.put("description", tool.description());
          }
          // Not strict: strict mode demands every property be required, and our tools take optional arguments.
          function.put("strict", false).set("parameters", tool.parameters());
        }
        body.put("parallel_tool_calls", true);
      }
      if (spec.responseFormat() != null) {
        ResponseFormat format = spec.responseFormat();
        ObjectNode json = body.putObject("text").putObject("format").put("type", "json_schema");
        json.put("name", format.name()).put("strict", format.strict()).set("schema", format.schema());
      }
      if (spec.maxOutputTokens() > 0) {
        body.put("max_output_tokens", Math.max(MIN_OUTPUT_TOKENS, spec.maxOutputTokens()));
      }
      body.put("store", false);
      if (encryptedReasoning.get()) {
        body.putArray("include").add("reasoning.encrypted_content");
      }
      return body;
    }

    /**
     * OpenAI answers 400 "Encrypted content is not supported with this model" for models that do not reason
     * (gpt-4o, gpt-4.1, ...): they have no reasoning to carry over, so the turn goes again without asking for
     * it, and so does every later request of the review.
     */
    @Override
    JsonNode post(ObjectNode body) throws HttpFailure {
      try {
        return super.post(body);
      } catch (HttpFailure failure) {
        boolean rejected = failure.status() == 400
            && failure.serverMessage().toLowerCase(Locale.ROOT).contains("encrypted content");
        if (!rejected || !body.has("include")) {
          throw failure;
        }
        encryptedReasoning.set(false);
        body.remove("include");
        return super.post(body);
      }
    }

    @Override
    ModelReply reply(JsonNode response) throws ModelException {
      String status = Wire.text(response, "status");
      if (status.equals("failed")) {
        throw failed(response.path("error"));
      }
      JsonNode output = response.path("output");
      if (!output.isArray()) {
        throw Failures.badResponse(settings, "a response without an 'output' array");
      }
      StringBuilder text = new StringBuilder();
      StringBuilder refusal = new StringBuilder();
      List<ToolCall> calls = new ArrayList<>();
      List<JsonNode> replay = new ArrayList<>();
      for (JsonNode item : output) {
        switch (Wire.text(item, "type")) {
          case "message" -> {
            for (JsonNode part : item.path("content")) {
              text.append(Wire.text(part, "text"));
              refusal.append(Wire.text(part, "refusal"));
            }
          }
          case "function_call" -> calls.add(new ToolCall(
              Wire.required(item, "call_id", settings, "a function_call item"),
              Wire.required(item, "name", settings, "a function_call item"),
              Wire.text(item, "arguments")));
          default -> {
            // reasoning and other items are only replayed
          }
        }
        replay.add(item);
      }
      String reason = response.path("incomplete_details").path("reason").asText("");
      StopReason stop;
      if (status.equals("incomplete")) {
        stop = reason.equals("content_filter") ? StopReason.CONTENT_FILTER : StopReason.LENGTH;
      } else if (status.equals("completed") || status.isEmpty()) {
        stop = refusal.length() > 0 ? StopReason.CONTENT_FILTER
            : calls.isEmpty() ? StopReason.COMPLETED : StopReason.TOOL_CALLS;
      } else {
        throw Failures.badResponse(settings, "a response in status '" + status + "' although it was not run in the background");
      }
      if (stop != StopReason.TOOL_CALLS) {
        // calls cut off by a limit are not to be answered, so they must not be replayed unanswered either
        replay.removeIf(item -> Wire.text(item, "type").equals("function_call"));
        // and a reasoning item must be replayed with the item it led to, or the server rejects the input
        for (int i = replay.size() - 1; i >= 0; i--) {
          boolean followed = i + 1 < replay.size() && !Wire.text(replay.get(i + 1), "type").equals("reasoning");
          if (Wire.text(replay.get(i), "type").equals("reasoning") && !followed) {
            replay.remove(i);
          }
        }
        calls.clear();
      }
      replay.forEach(items::add);
      String answer = stop == StopReason.CONTENT_FILTER && refusal.length() > 0 ? refusal.toString() : text.toString();
      return new ModelReply(answer, calls, stop, Wire.usage(response.path("usage"), "/input_tokens",
          "/input_tokens_details/cached_tokens", "/output_tokens"));
    }

    private ModelException failed(JsonNode error) {
      String code = Wire.text(error, "code");
      String message = settings.apiKey().redact(Wire.text(error, "message"));
      ModelException.Kind kind = switch (code) {
        case "server_error" -> ModelException.Kind.SERVER;
        case "rate_limit_exceeded" -> ModelException.Kind.RATE_LIMITED;
        default -> ModelException.Kind.BAD_REQUEST;
      };
      return new ModelException(kind, settings.baseUrl().getHost() + " could not produce a response ("
          + (code.isEmpty() ? "failed" : code) + "): " + message);
    }

  }
}
