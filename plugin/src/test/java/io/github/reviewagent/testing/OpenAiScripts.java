package io.github.reviewagent.testing;

import static io.github.reviewagent.testing.OpenAiFixtures.assistant;
import static io.github.reviewagent.testing.OpenAiFixtures.chatCompletion;
import static io.github.reviewagent.testing.OpenAiFixtures.functionCall;
import static io.github.reviewagent.testing.OpenAiFixtures.list;
import static io.github.reviewagent.testing.OpenAiFixtures.message;
import static io.github.reviewagent.testing.OpenAiFixtures.outputMessage;
import static io.github.reviewagent.testing.OpenAiFixtures.requiresAction;
import static io.github.reviewagent.testing.OpenAiFixtures.response;
import static io.github.reviewagent.testing.OpenAiFixtures.run;
import static io.github.reviewagent.testing.OpenAiFixtures.thread;
import static io.github.reviewagent.testing.OpenAiFixtures.threadDeleted;
import static io.github.reviewagent.testing.OpenAiFixtures.withUsage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.reviewagent.testing.OpenAiFixtures.Call;
import java.util.ArrayList;
import java.util.List;

/**
 * Scripts the server's side of whole model turns on an {@link OpenAiServer}, per protocol, so that a test reads
 * as the conversation it plays: "the model calls these tools", "the model answers this". Every answer is checked
 * against the spec when enqueued, as {@link OpenAiServer} does.
 */
public final class OpenAiScripts {

  private static final ObjectMapper JSON = new ObjectMapper();

  private OpenAiScripts() {}

  /** {@code {"findings": [...]}} as the agent asks the model to answer. */
  public static String findings(ObjectNode... findings) {
    ObjectNode answer = JSON.createObjectNode();
    ArrayNode list = answer.putArray("findings");
    for (ObjectNode finding : findings) {
      list.add(finding);
    }
    return answer.toString();
  }

  /** One finding in the agent's answer schema; {@code code} is the quoted text of {@code line}. */
  public static ObjectNode finding(String severity, String category, String file, int line, String message, String code) {
    return JSON.createObjectNode().put("severity", severity).put("category", category).put("file", file)
        .put("startLine", line).put("endLine", line).put("message", message).putNull("suggestion").put("code", code);
  }

  // ---- Chat Completions: one POST /chat/completions per turn

  public static void chatCalls(OpenAiServer server, List<Call> calls) {
    server.ok("POST", "/chat/completions", chatCompletion("tool_calls", null, null, calls, 900, 0, 40));
  }

  public static void chatAnswer(OpenAiServer server, String text) {
    server.ok("POST", "/chat/completions", chatCompletion("stop", text, null, List.of(), 1_200, 512, 80));
  }

  // ---- Responses: one POST /responses per turn

  public static void responsesCalls(OpenAiServer server, List<Call> calls) {
    List<JsonNode> output = new ArrayList<>();
    for (int i = 0; i < calls.size(); i++) {
      output.add(functionCall("fc_" + i, calls.get(i)));
    }
    server.ok("POST", "/responses", response("completed", null, output, 900, 0, 40));
  }

  public static void responsesAnswer(OpenAiServer server, String text) {
    server.ok("POST", "/responses", response("completed", null, List.of(outputMessage("msg_1", text)), 1_200, 512, 80));
  }

  // ---- Assistants: an assistant, a thread per review unit, a run per user turn

  /** The server's side of opening the first conversation: no assistant of this configuration yet. */
  public static void assistantsOpen(OpenAiServer server, String thread) {
    server.ok("GET", "/assistants", list(List.of(), false));
    server.ok("POST", "/assistants", assistant("asst_1", "review-agent", "review_agent_config", "new"));
    server.ok("POST", "/threads", thread(thread));
  }

  /** The user's message, a run that is queued, then waits for these tool calls. */
  public static void assistantsCalls(OpenAiServer server, String thread, String run, List<Call> calls) {
    server.ok("POST", "/threads/" + thread + "/messages", message("msg_u", thread, "user", "review", null, false));
    server.ok("POST", "/threads/" + thread + "/runs", run(run, thread, "asst_1", "queued"));
    server.ok("GET", "/threads/" + thread + "/runs/" + run, requiresAction(run(run, thread, "asst_1", "requires_action"), calls));
  }

  /** The tool outputs accepted, the run completed, the answer read, the thread deleted. */
  public static void assistantsAnswer(OpenAiServer server, String thread, String run, String text) {
    String path = "/threads/" + thread + "/runs/" + run;
    server.ok("POST", path + "/submit_tool_outputs", run(run, thread, "asst_1", "queued"));
    server.ok("GET", path, withUsage(run(run, thread, "asst_1", "completed"), 2_100, 120));
    server.ok("GET", "/threads/" + thread + "/messages",
        list(List.of(message("msg_a", thread, "assistant", text, run, false)), false));
    server.ok("DELETE", "/threads/" + thread, threadDeleted(thread));
  }
}
