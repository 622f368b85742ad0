package io.github.reviewagent.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.reviewagent.http.JsonApi;
import io.github.reviewagent.provider.ModelReply.StopReason;
import java.util.ArrayList;
import java.util.List;

/**
 * Chat Completions: {@code POST /chat/completions}. The server keeps nothing, so each conversation keeps its
 * messages (instructions as the system message, user messages, the assistant's replies with their
 * {@code tool_calls}, and {@code tool} messages answering them) and sends them all every turn.
 */
final class ChatProvider extends ReplayingProvider {

  ChatProvider(JsonApi api, ProviderSettings settings) {
    super(ProviderKind.CHAT, "/chat/completions", api, settings);
  }

  @Override
  public Conversation open(ConversationSpec spec) {
    return new ChatConversation(spec);
  }

  private final class ChatConversation extends History {

    private final ConversationSpec spec;
    private final ArrayNode messages = Wire.NODES.arrayNode();

    ChatConversation(ConversationSpec spec) {
      this.spec = spec;
      if (spec.instructions() != null && !spec.instructions().isBlank()) {
        messages.addObject().put("role", "system").put("content", spec.instructions());
      }
    }

    @Override
    void add(InputItem item) {
      if (item instanceof InputItem.ToolOutput output) {
        messages.addObject().put("role", "tool").put("tool_call_id", output.callId()).put("content", output.output());
      } else if (item instanceof InputItem.UserText user) {
        messages.addObject().put("role", "user").put("content", user.text());
      }
    }

    @Override
    ObjectNode request() {
      ObjectNode body = Wire.object().put("model", settings.model());
      body.set("messages", messages);
      if (!spec.tools().isEmpty()) {
        // parallel_tool_calls stays at its default, true: OpenAI's reasoning models reject the parameter itself.
        body.set("tools", Wire.functionTools(spec.tools()));
      }
      if (spec.responseFormat() != null) {
        Wire.putResponseFormat(body, spec.responseFormat());
      }
      if (spec.maxOutputTokens() > 0) {
        body.put("max_completion_tokens", spec.maxOutputTokens());
      }
      return body;
    }

    @Override
    ModelReply reply(JsonNode response) throws ModelException {
      JsonNode choice = response.path("choices").path(0);
      JsonNode message = choice.path("message");
      if (!message.isObject()) {
        throw Failures.badResponse(settings, "a chat completion without choices[0].message");
      }
      if (Wire.text(choice, "finish_reason").equals("error")) {
        // OpenRouter's way to say the upstream model failed after the answer had begun
        throw new ModelException(ModelException.Kind.SERVER, settings.baseUrl().getHost() + " could not finish the answer: "
            + settings.apiKey().redact(Wire.text(choice.path("error"), "message")) + ". Try again later");
      }
      String text = Wire.text(message, "content");
      String refusal = Wire.text(message, "refusal");
      List<ToolCall> calls = new ArrayList<>();
      for (JsonNode call : message.path("tool_calls")) {
        JsonNode function = call.path("function");
        if (!function.isObject()) {
          continue; // a custom tool call: we offer only function tools
        }
        // Some local servers send no id, or one id for every call of a turn: each call needs its own, and the
        // history replays the ids given here, so the tool messages still answer the calls they belong to.
        String id = Wire.text(call, "id");
        String given = id;
        if (id.isEmpty() || calls.stream().anyMatch(c -> c.id().equals(given))) {
          id = "call_" + messages.size() + "_" + calls.size();
        }
        calls.add(new ToolCall(id, Wire.required(function, "name", settings, "a tool call"), arguments(function)));
      }
      StopReason stop = switch (Wire.text(choice, "finish_reason")) {
        case "length" -> StopReason.LENGTH;
        case "content_filter" -> StopReason.CONTENT_FILTER;
        default -> !refusal.isEmpty() ? StopReason.CONTENT_FILTER
            : calls.isEmpty() ? StopReason.COMPLETED : StopReason.TOOL_CALLS;
      };
      if (stop != StopReason.TOOL_CALLS) {
        calls.clear(); // calls cut off by a limit or a filter are not to be answered
      }
      remember(text, refusal, calls);
      return new ModelReply(stop == StopReason.CONTENT_FILTER && !refusal.isEmpty() ? refusal : text, calls, stop,
          Wire.usage(response.path("usage"), "/prompt_tokens", "/prompt_tokens_details/cached_tokens",
              "/completion_tokens"));
    }

    /** The arguments as JSON text, as the spec has them; some servers send the JSON object itself. */
    private static String arguments(JsonNode function) {
      JsonNode arguments = function.path("arguments");
      return arguments.isContainerNode() ? arguments.toString() : Wire.text(function, "arguments");
    }

    /** Adds the assistant's turn to the history, as the request schema wants it replayed. */
    private void remember(String text, String refusal, List<ToolCall> calls) {
      ObjectNode assistant = messages.addObject().put("role", "assistant");
      if (calls.isEmpty()) {
        assistant.put("content", text);
      } else {
        if (text.isEmpty()) {
          assistant.putNull("content");
        } else {
          assistant.put("content", text);
        }
        ArrayNode toolCalls = assistant.putArray("tool_calls");
        for (ToolCall call : calls) {
          toolCalls.addObject().put("id", call.id()).put("type", "function")
              .putObject("function").put("name", call.name()).put("arguments", call.arguments());
        }
      }
      if (!refusal.isEmpty()) {
        assistant.put("refusal", refusal);
      }
    }

  }
}
