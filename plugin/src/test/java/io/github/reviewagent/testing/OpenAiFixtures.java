package io.github.reviewagent.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Server answers in the shapes of OpenAI's spec, for scripting an {@link OpenAiServer}. Each builder fills
 * the fields the spec requires; {@link OpenAiServer} checks them against the spec again when enqueued.
 */
public final class OpenAiFixtures {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private OpenAiFixtures() {}

  /** A function call the model makes: id, tool name and the JSON arguments text. */
  public record Call(String id, String name, String arguments) {}

  // ---- errors

  /** {@code {"error": {...}}} as every endpoint answers a failure. */
  public static ObjectNode error(String type, String code, String message) {
    ObjectNode body = NODES.objectNode();
    ObjectNode error = body.putObject("error").put("message", message).put("type", type).putNull("param");
    if (code == null) {
      error.putNull("code");
    } else {
      error.put("code", code);
    }
    return body;
  }

  // ---- Chat Completions

  /** A chat completion with one choice. */
  public static ObjectNode chatCompletion(String finishReason, String content, String refusal, List<Call> calls,
      long promptTokens, long cachedTokens, long completionTokens) {
    ObjectNode body = NODES.objectNode().put("id", "chatcmpl-1").put("object", "chat.completion")
        .put("created", 1_767_225_600L).put("model", "gpt-test");
    ObjectNode choice = body.putArray("choices").addObject().put("index", 0).put("finish_reason", finishReason);
    choice.putNull("logprobs");
    ObjectNode message = choice.putObject("message").put("role", "assistant");
    nullable(message, "content", content);
    nullable(message, "refusal", refusal);
    if (!calls.isEmpty()) {
      ArrayNode toolCalls = message.putArray("tool_calls");
      for (Call call : calls) {
        toolCalls.addObject().put("id", call.id()).put("type", "function").putObject("function")
            .put("name", call.name()).put("arguments", call.arguments());
      }
    }
    body.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
        .put("total_tokens", promptTokens + completionTokens)
        .putObject("prompt_tokens_details").put("cached_tokens", cachedTokens);
    return body;
  }

  // ---- Responses

  /** A response object; {@code incompleteReason} only for status {@code incomplete}. */
  public static ObjectNode response(String status, String incompleteReason, List<JsonNode> output,
      long inputTokens, long cachedTokens, long outputTokens) {
    ObjectNode body = NODES.objectNode().put("id", "resp_1").put("object", "response")
        .put("created_at", 1_767_225_600L).put("status", status).put("model", "gpt-test");
    body.putNull("error");
    if (incompleteReason == null) {
      body.putNull("incomplete_details");
    } else {
      body.putObject("incomplete_details").put("reason", incompleteReason);
    }
    body.putNull("instructions");
    body.putArray("output").addAll(output);
    body.putArray("tools");
    body.put("tool_choice", "auto").put("parallel_tool_calls", true).put("temperature", 1).put("top_p", 1);
    body.putObject("metadata");
    ObjectNode usage = body.putObject("usage").put("input_tokens", inputTokens);
    usage.putObject("input_tokens_details").put("cached_tokens", cachedTokens).put("cache_write_tokens", 0);
    usage.put("output_tokens", outputTokens);
    usage.putObject("output_tokens_details").put("reasoning_tokens", 0);
    usage.put("total_tokens", inputTokens + outputTokens);
    return body;
  }

  /** A failed response with {@code error}. */
  public static ObjectNode failedResponse(String code, String message) {
    ObjectNode body = response("failed", null, List.of(), 0, 0, 0);
    body.putObject("error").put("code", code).put("message", message);
    return body;
  }

  /** An assistant message output item with one {@code output_text} part. */
  public static ObjectNode outputMessage(String id, String text) {
    ObjectNode item = NODES.objectNode().put("id", id).put("type", "message").put("role", "assistant")
        .put("status", "completed");
    ObjectNode part = item.putArray("content").addObject().put("type", "output_text").put("text", text);
    part.putArray("annotations");
    part.putArray("logprobs");
    return item;
  }

  /** A refusal output item. */
  public static ObjectNode outputRefusal(String id, String refusal) {
    ObjectNode item = NODES.objectNode().put("id", id).put("type", "message").put("role", "assistant")
        .put("status", "completed");
    item.putArray("content").addObject().put("type", "refusal").put("refusal", refusal);
    return item;
  }

  /** A {@code function_call} output item. */
  public static ObjectNode functionCall(String id, Call call) {
    return NODES.objectNode().put("id", id).put("type", "function_call").put("call_id", call.id())
        .put("name", call.name()).put("arguments", call.arguments()).put("status", "completed");
  }

  /** A reasoning item carrying its encrypted content (as with {@code include: reasoning.encrypted_content}). */
  public static ObjectNode reasoning(String id, String encrypted) {
    ObjectNode item = NODES.objectNode().put("id", id).put("type", "reasoning").put("encrypted_content", encrypted);
    item.putArray("summary");
    return item;
  }

  // ---- Assistants

  public static ObjectNode assistant(String id, String name, String configKey, String configHash) {
    ObjectNode body = NODES.objectNode().put("id", id).put("object", "assistant").put("created_at", 1_767_225_600L)
        .put("name", name).putNull("description").put("model", "gpt-test").put("instructions", "review");
    body.putArray("tools");
    body.putObject("metadata").put(configKey, configHash);
    return body;
  }

  /** A page of a list endpoint ({@code /assistants}, {@code /threads/{id}/messages}). */
  public static ObjectNode list(List<? extends JsonNode> data, boolean hasMore) {
    ObjectNode body = NODES.objectNode().put("object", "list");
    body.putArray("data").addAll(data);
    body.put("first_id", data.isEmpty() ? "" : data.get(0).path("id").asText());
    body.put("last_id", data.isEmpty() ? "" : data.get(data.size() - 1).path("id").asText());
    body.put("has_more", hasMore);
    return body;
  }

  public static ObjectNode thread(String id) {
    ObjectNode body = NODES.objectNode().put("id", id).put("object", "thread").put("created_at", 1_767_225_600L);
    body.putNull("tool_resources");
    body.putObject("metadata");
    return body;
  }

  public static ObjectNode threadDeleted(String id) {
    return NODES.objectNode().put("id", id).put("object", "thread.deleted").put("deleted", true);
  }

  /** A thread message with one text part (or a refusal part when {@code refusal} is true). */
  public static ObjectNode message(String id, String thread, String role, String text, String runId, boolean refusal) {
    ObjectNode body = NODES.objectNode().put("id", id).put("object", "thread.message")
        .put("created_at", 1_767_225_600L).put("thread_id", thread).put("status", "completed");
    body.putNull("incomplete_details");
    body.put("completed_at", 1_767_225_601L).putNull("incomplete_at").put("role", role);
    ObjectNode part = body.putArray("content").addObject();
    if (refusal) {
      part.put("type", "refusal").put("refusal", text);
    } else {
      part.put("type", "text").putObject("text").put("value", text).putArray("annotations");
    }
    nullable(body, "assistant_id", role.equals("assistant") ? "asst_1" : null);
    nullable(body, "run_id", runId);
    body.putArray("attachments");
    body.putObject("metadata");
    return body;
  }

  /** A run in {@code status}; fill {@code required_action}, {@code last_error} etc. with the helpers below. */
  public static ObjectNode run(String id, String thread, String assistant, String status) {
    ObjectNode body = NODES.objectNode().put("id", id).put("object", "thread.run").put("created_at", 1_767_225_600L)
        .put("thread_id", thread).put("assistant_id", assistant).put("status", status);
    for (String field : List.of("required_action", "last_error", "expires_at", "started_at", "cancelled_at",
        "failed_at", "completed_at", "incomplete_details", "usage", "max_prompt_tokens", "max_completion_tokens")) {
      body.putNull(field);
    }
    body.put("model", "gpt-test").put("instructions", "review");
    body.putArray("tools");
    body.putObject("metadata");
    body.putObject("truncation_strategy").put("type", "auto").putNull("last_messages");
    body.put("tool_choice", "auto").put("parallel_tool_calls", true).put("response_format", "auto");
    return body;
  }

  public static ObjectNode requiresAction(ObjectNode run, List<Call> calls) {
    ArrayNode toolCalls = run.putObject("required_action").put("type", "submit_tool_outputs")
        .putObject("submit_tool_outputs").putArray("tool_calls");
    for (Call call : calls) {
      toolCalls.addObject().put("id", call.id()).put("type", "function").putObject("function")
          .put("name", call.name()).put("arguments", call.arguments());
    }
    return run;
  }

  public static ObjectNode withUsage(ObjectNode run, long prompt, long completion) {
    run.putObject("usage").put("prompt_tokens", prompt).put("completion_tokens", completion)
        .put("total_tokens", prompt + completion);
    return run;
  }

  public static ObjectNode withLastError(ObjectNode run, String code, String message) {
    run.putObject("last_error").put("code", code).put("message", message);
    return run;
  }

  public static ObjectNode withIncomplete(ObjectNode run, String reason) {
    run.putObject("incomplete_details").put("reason", reason);
    return run;
  }

  private static void nullable(ObjectNode node, String field, String value) {
    if (value == null) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }
}
