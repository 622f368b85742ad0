package io.github.reviewagent.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.reviewagent.agent.tools.AgentTool;
import io.github.reviewagent.provider.InputItem;
import io.github.reviewagent.provider.ToolCall;
import io.github.reviewagent.provider.ToolSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The tools of a review, and how a turn's tool calls are answered: each call is checked (known name, JSON
 * object arguments that fit the schema), the valid ones run concurrently on a bounded executor under a
 * common deadline, and every call gets its own output, in the order the model asked, redacted and capped.
 * Nothing a tool does can break the loop: failures become error outputs the model can read.
 */
final class ToolRegistry {

  /** Cap on one output, so a chatty tool cannot eat the unit's token budget. */
  static final int MAX_OUTPUT_CHARS = 20_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, AgentTool> tools = new LinkedHashMap<>();
  private final ExecutorService executor;
  private final Duration timeout;

  /**
   * @param executor runs the calls; its size bounds how many run at once across all units
   * @param timeout  how long one turn's calls may take together
   */
  ToolRegistry(List<AgentTool> tools, ExecutorService executor, Duration timeout) {
    for (AgentTool tool : tools) {
      if (this.tools.putIfAbsent(tool.name(), tool) != null) {
        throw new IllegalArgumentException("two tools are named " + tool.name());
      }
    }
    this.executor = executor;
    this.timeout = timeout;
  }

  /** The tools as the model sees them, in registration order. */
  List<ToolSpec> specs() {
    return tools.values().stream().map(t -> new ToolSpec(t.name(), t.description(), t.parameters())).toList();
  }

  /** The tools' fingerprints (see {@link AgentTool#fingerprint()}), in registration order, for the result cache's key. */
  String fingerprint() {
    return String.join("\n", tools.values().stream().map(t -> t.name() + " " + t.fingerprint()).toList());
  }

  /** Runs a turn's calls and answers each of them, in order. */
  List<InputItem> run(List<ToolCall> calls) {
    List<Future<String>> running = new ArrayList<>();
    List<String> outputs = new ArrayList<>();
    for (ToolCall call : calls) {
      String problem = problem(call);
      outputs.add(problem == null ? null : error(problem));
      running.add(problem == null ? executor.submit(() -> tools.get(call.name()).call(arguments(call))) : null);
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    for (int i = 0; i < calls.size(); i++) {
      if (running.get(i) != null) {
        outputs.set(i, await(calls.get(i), running.get(i), deadline));
      }
    }
    List<InputItem> answers = new ArrayList<>();
    for (int i = 0; i < calls.size(); i++) {
      answers.add(new InputItem.ToolOutput(calls.get(i).id(), finish(outputs.get(i))));
    }
    return answers;
  }

  /** Answers each call without running it, saying why. */
  List<InputItem> refuse(List<ToolCall> calls, String reason) {
    return calls.stream().<InputItem>map(c -> new InputItem.ToolOutput(c.id(), error(reason))).toList();
  }

  /** Why the call cannot run, or null when it can. */
  private String problem(ToolCall call) {
    AgentTool tool = tools.get(call.name());
    if (tool == null) {
      return "There is no tool named '" + call.name() + "'. Available tools: " + String.join(", ", tools.keySet()) + ".";
    }
    JsonNode arguments;
    try {
      arguments = JSON.readTree(arguments(call));
    } catch (JsonProcessingException e) {
      return "The arguments of " + call.name() + " are not valid JSON (" + e.getOriginalMessage()
          + "). Send a JSON object that fits the tool's parameters.";
    }
    if (arguments == null || !arguments.isObject()) {
      return "The arguments of " + call.name() + " must be a JSON object.";
    }
    List<String> problems = ArgumentCheck.problems(tool.parameters(), arguments);
    if (!problems.isEmpty()) {
      return "The arguments of " + call.name() + " do not fit its parameters: " + String.join("; ", problems) + ".";
    }
    return null;
  }

  /**
   * The arguments as JSON object text. Some servers send an empty string for a call without arguments, and some
   * models encode the object once more, as a JSON string holding it.
   */
  private static String arguments(ToolCall call) {
    String text = call.arguments() == null || call.arguments().isBlank() ? "{}" : call.arguments().strip();
    if (text.startsWith("\"")) {
      try {
        JsonNode inner = JSON.readTree(text);
        if (inner != null && inner.isTextual() && inner.asText().strip().startsWith("{")) {
          return inner.asText();
        }
      } catch (JsonProcessingException e) {
        // not a JSON string: the check reports it as the text it is
      }
    }
    return text;
  }

  private String await(ToolCall call, Future<String> future, long deadline) {
    try {
      String output = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      return output == null || output.isEmpty() ? "(no output)" : output;
    } catch (TimeoutException e) {
      future.cancel(true);
      return error(call.name() + " did not finish within " + timeout.toSeconds() + " s and was stopped.");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      String message = cause.getMessage() == null ? "" : ": " + cause.getMessage();
      return error(call.name() + " failed (" + cause.getClass().getSimpleName() + message + ").");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      return error(call.name() + " was cancelled.");
    }
  }

  private static String finish(String output) {
    String redacted = Redactor.redact(output);
    if (redacted.length() <= MAX_OUTPUT_CHARS) {
      return redacted;
    }
    return redacted.substring(0, MAX_OUTPUT_CHARS) + "\n[output truncated at " + MAX_OUTPUT_CHARS + " characters]";
  }

  private static String error(String message) {
    return JSON.createObjectNode().put("error", message).toString();
  }
}
