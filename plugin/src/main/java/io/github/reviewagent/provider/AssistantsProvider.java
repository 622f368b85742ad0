package io.github.reviewagent.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.reviewagent.http.HttpFailure;
import io.github.reviewagent.http.HttpLog;
import io.github.reviewagent.http.JsonApi;
import io.github.reviewagent.http.Timing;
import io.github.reviewagent.provider.ModelException.Kind;
import io.github.reviewagent.provider.ModelReply.StopReason;
import io.github.reviewagent.review.Usage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Assistants (v2): one assistant per distinct configuration, reused across builds; a thread per
 * conversation; a run per user turn. A run that asks for tool calls waits in {@code requires_action} until
 * the next {@link Conversation#send} submits all outputs in one {@code submit_tool_outputs} call. The
 * assistant is found again by its name and a hash of model, instructions and tools kept in its metadata,
 * so an edit to any of them makes a new one instead of silently changing a shared one.
 */
final class AssistantsProvider implements ModelProvider {

  static final String ASSISTANT_NAME = "review-agent";
  static final String CONFIG_KEY = "review_agent_config";
  static final Map<String, String> BETA_HEADER = Map.of("OpenAI-Beta", "assistants=v2");

  private static final Duration FIRST_POLL = Duration.ofMillis(250);
  private static final Duration MAX_POLL = Duration.ofSeconds(2);
  private static final int MAX_LIST_PAGES = 50;
  /** The API's floor for a run's {@code max_completion_tokens}. */
  private static final int MIN_COMPLETION_TOKENS = 256;

  private final JsonApi api;
  private final ProviderSettings settings;
  private final Timing timing;
  private final HttpLog log;
  private final Map<String, String> assistantsByConfig = new ConcurrentHashMap<>();
  private final Set<AssistantsConversation> openConversations = ConcurrentHashMap.newKeySet();

  AssistantsProvider(JsonApi api, ProviderSettings settings, Timing timing, HttpLog log) {
    this.api = api;
    this.settings = settings;
    this.timing = timing;
    this.log = log;
  }

  @Override
  public String id() {
    return ProviderKind.ASSISTANTS.id();
  }

  @Override
  public Conversation open(ConversationSpec spec) throws ModelException {
    String assistant = assistantFor(spec);
    String thread = id(call(() -> api.post("/threads", Wire.object())), "a thread");
    AssistantsConversation conversation = new AssistantsConversation(spec, assistant, thread);
    openConversations.add(conversation);
    return conversation;
  }

  /** Deletes the threads of conversations not closed yet; assistants stay for the next build. */
  @Override
  public void close() {
    for (AssistantsConversation conversation : List.copyOf(openConversations)) {
      conversation.close();
    }
    api.close();
  }

  private synchronized String assistantFor(ConversationSpec spec) throws ModelException {
    String config = configHash(spec);
    String known = assistantsByConfig.get(config);
    if (known != null) {
      return known;
    }
    String found = findAssistant(config, spec);
    if (found == null) {
      ObjectNode body = Wire.object().put("model", settings.model()).put("name", ASSISTANT_NAME);
      if (spec.instructions() != null && !spec.instructions().isBlank()) {
        body.put("instructions", spec.instructions());
      }
      body.set("tools", Wire.functionTools(spec.tools()));
      body.putObject("metadata").put(CONFIG_KEY, config);
      found = id(call(() -> api.post("/assistants", body)), "an assistant");
    }
    assistantsByConfig.put(config, found);
    return found;
  }

  /**
   * The assistant this configuration made before. Its metadata alone is not proof: an assistant edited in the
   * dashboard keeps its metadata, so its model and instructions must still be ours too.
   */
  private String findAssistant(String config, ConversationSpec spec) throws ModelException {
    String instructions = spec.instructions() == null || spec.instructions().isBlank() ? "" : spec.instructions();
    String after = null;
    for (int page = 0; page < MAX_LIST_PAGES; page++) {
      String query = "/assistants?limit=100&order=desc" + (after == null ? "" : "&after=" + after);
      JsonNode list = call(() -> api.get(query));
      for (JsonNode assistant : list.path("data")) {
        if (ASSISTANT_NAME.equals(Wire.text(assistant, "name"))
            && config.equals(Wire.text(assistant.path("metadata"), CONFIG_KEY))
            && settings.model().equals(Wire.text(assistant, "model"))
            && instructions.equals(Wire.text(assistant, "instructions"))) {
          return id(assistant, "an assistant");
        }
      }
      if (!list.path("has_more").asBoolean(false) || Wire.text(list, "last_id").isEmpty()) {
        return null;
      }
      after = id(list, "last_id", "an assistant list");
    }
    return null;
  }

  private String configHash(ConversationSpec spec) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String canonical = settings.model() + '\n' + spec.instructions() + '\n' + Wire.functionTools(spec.tools());
      return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** What an assistant message says: its text parts and its refusal parts, each joined. */
  private record Answer(String text, String refusal) {}

  private interface Call {
    JsonNode run() throws HttpFailure;
  }

  private JsonNode call(Call call) throws ModelException {
    try {
      return call.run();
    } catch (HttpFailure failure) {
      throw Failures.of(failure, settings);
    }
  }

  /** An id the server gave, checked before it goes into a URL path. */
  private String id(JsonNode node, String what) throws ModelException {
    return id(node, "id", what);
  }

  private String id(JsonNode node, String field, String what) throws ModelException {
    String id = Wire.required(node, field, settings, what);
    if (!id.matches("[A-Za-z0-9_\\-]{1,128}")) {
      throw Failures.badResponse(settings, what + " whose " + field + " is not a plain identifier");
    }
    return id;
  }

  private final class AssistantsConversation implements Conversation {

    private final ConversationSpec spec;
    private final String assistant;
    private final String thread;
    /** The run waiting for tool outputs, or null. */
    private String waitingRun;
    private List<ToolCall> pending = List.of();
    private long reportedInput;
    private long reportedOutput;
    private boolean closed;

    AssistantsConversation(ConversationSpec spec, String assistant, String thread) {
      this.spec = spec;
      this.assistant = assistant;
      this.thread = thread;
    }

    @Override
    public ModelReply send(List<InputItem> input) throws ModelException {
      if (closed) {
        throw new IllegalStateException("this conversation is closed");
      }
      List<InputItem> items = Turns.checked(pending, input);
      Instant deadline = timing.clock().instant().plus(settings.runTimeout());
      JsonNode run;
      if (waitingRun != null) {
        if (items.stream().anyMatch(InputItem.UserText.class::isInstance)) {
          throw new IllegalArgumentException("Assistants take no user message in a turn that answers tool calls:"
              + " a run waiting for tool outputs accepts only those; send the message in the next turn");
        }
        ObjectNode body = Wire.object();
        ArrayNode outputs = body.putArray("tool_outputs");
        for (InputItem item : items) {
          InputItem.ToolOutput output = (InputItem.ToolOutput) item;
          outputs.addObject().put("tool_call_id", output.callId()).put("output", output.output());
        }
        run = call(() -> api.post(runPath(waitingRun) + "/submit_tool_outputs", body));
      } else {
        for (InputItem item : items) {
          ObjectNode message = Wire.object().put("role", "user").put("content", ((InputItem.UserText) item).text());
          call(() -> api.post("/threads/" + thread + "/messages", message));
        }
        run = call(() -> api.post("/threads/" + thread + "/runs", runRequest()));
        reportedInput = 0;
        reportedOutput = 0;
      }
      String runId = id(run, "a run");
      waitingRun = null;
      pending = List.of();
      run = await(run, runId, deadline);
      // a run failed for a rate limit or server trouble is what HTTP 429 and 5xx are elsewhere: it goes again,
      // on the same thread, which still holds the user's message, as often as the retry policy allows
      Usage failedRuns = Usage.NONE;
      for (int attempt = 1; transientFailure(run) && attempt < settings.http().retry().maxAttempts(); attempt++) {
        failedRuns = failedRuns.plus(usage(run.path("usage")));
        Duration wait = settings.http().retry().backoff(attempt, timing.random());
        log.warn(failure(run, runId) + "; running it again in " + wait.toMillis() + " ms (attempt " + (attempt + 1)
            + " of " + settings.http().retry().maxAttempts() + ")");
        pause(wait, runId);
        run = call(() -> api.post("/threads/" + thread + "/runs", runRequest()));
        runId = id(run, "a run");
        reportedInput = 0;
        reportedOutput = 0;
        run = await(run, runId, deadline);
      }
      ModelReply reply = outcome(run, runId);
      if (!failedRuns.equals(Usage.NONE)) {
        reply = new ModelReply(reply.text(), reply.toolCalls(), reply.stop(), failedRuns.plus(reply.usage()));
      }
      if (reply.stop() == StopReason.TOOL_CALLS) {
        waitingRun = runId;
        pending = reply.toolCalls();
      }
      return reply;
    }

    private ObjectNode runRequest() {
      ObjectNode body = Wire.object().put("assistant_id", assistant);
      if (spec.responseFormat() != null) {
        Wire.putResponseFormat(body, spec.responseFormat());
      }
      if (spec.maxOutputTokens() > 0) {
        body.put("max_completion_tokens", Math.max(MIN_COMPLETION_TOKENS, spec.maxOutputTokens()));
      }
      if (!spec.tools().isEmpty()) {
        body.put("parallel_tool_calls", true);
      }
      return body;
    }

    private String runPath(String run) {
      return "/threads/" + thread + "/runs/" + run;
    }

    /**
     * Polls with a growing interval while the run is busy; cancels it when it outlives the run timeout or its
     * status cannot be read any more.
     */
    private JsonNode await(JsonNode run, String runId, Instant deadline) throws ModelException {
      Duration interval = FIRST_POLL;
      JsonNode current = run;
      while (Set.of("queued", "in_progress", "cancelling").contains(Wire.text(current, "status"))) {
        Duration left = Duration.between(timing.clock().instant(), deadline);
        if (left.isNegative() || left.isZero()) {
          cancelQuietly(runId);
          throw new ModelException(Kind.TIMEOUT, "the Assistants run " + runId + " on " + api.host()
              + " was still " + Wire.text(current, "status") + " after " + settings.runTimeout().toSeconds()
              + " s, so it was cancelled: the server is slow or overloaded; try again later");
        }
        try {
          timing.sleeper().sleep(interval.compareTo(left) < 0 ? interval : left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          cancelQuietly(runId);
          throw new ModelException(Kind.NETWORK, "interrupted while waiting for the Assistants run " + runId, e);
        }
        interval = interval.multipliedBy(2).compareTo(MAX_POLL) < 0 ? interval.multipliedBy(2) : MAX_POLL;
        try {
          current = api.get(runPath(runId));
        } catch (HttpFailure failure) {
          // the run would go on spending tokens for nobody; deleting the thread later need not stop it
          cancelQuietly(runId);
          throw Failures.of(failure, settings);
        }
      }
      return current;
    }

    private ModelReply outcome(JsonNode run, String runId) throws ModelException {
      String status = Wire.text(run, "status");
      Usage usage = usage(run.path("usage"));
      switch (status) {
        case "requires_action" -> {
          List<ToolCall> calls = new ArrayList<>();
          for (JsonNode call : run.path("required_action").path("submit_tool_outputs").path("tool_calls")) {
            JsonNode function = call.path("function");
            calls.add(new ToolCall(Wire.required(call, "id", settings, "a tool call"),
                Wire.required(function, "name", settings, "a tool call"), Wire.text(function, "arguments")));
          }
          if (calls.isEmpty()) {
            throw Failures.badResponse(settings, "a run in requires_action without tool calls");
          }
          return new ModelReply("", calls, StopReason.TOOL_CALLS, usage);
        }
        case "completed" -> {
          Answer answer = latestAnswer(runId);
          boolean refused = answer.text().isEmpty() && !answer.refusal().isEmpty();
          return new ModelReply(refused ? answer.refusal() : answer.text(), List.of(),
              refused ? StopReason.CONTENT_FILTER : StopReason.COMPLETED, usage);
        }
        case "incomplete" -> {
          String reason = run.path("incomplete_details").path("reason").asText("unknown");
          if (reason.equals("max_completion_tokens")) {
            return new ModelReply(latestAnswer(runId).text(), List.of(), StopReason.LENGTH, usage);
          }
          throw new ModelException(Kind.RUN_FAILED, "the Assistants run " + runId + " stopped incomplete ("
              + reason + "): the conversation is longer than the model may read; review fewer files at a time");
        }
        case "failed" -> throw new ModelException(failureKind(run), failure(run, runId));
        case "cancelled" -> throw new ModelException(Kind.RUN_FAILED, "the Assistants run " + runId
            + " was cancelled on the server before it finished");
        case "expired" -> throw new ModelException(Kind.RUN_FAILED, "the Assistants run " + runId
            + " expired on the server before it finished (runs wait at most 10 minutes for tool outputs)");
        default -> throw Failures.badResponse(settings, "a run in status '" + status + "'");
      }
    }

    /**
     * Assistants report an exhausted quota, a rate limit and server trouble as a failed run, where the other
     * protocols get HTTP 429 or 5xx: the same kinds, so that a spent quota stops the review here too.
     */
    private Kind failureKind(JsonNode run) {
      JsonNode error = run.path("last_error");
      return switch (Wire.text(error, "code")) {
        case "rate_limit_exceeded" ->
            Wire.text(error, "message").toLowerCase(Locale.ROOT).contains("quota") ? Kind.QUOTA : Kind.RATE_LIMITED;
        case "server_error" -> Kind.SERVER;
        default -> Kind.RUN_FAILED;
      };
    }

    private boolean transientFailure(JsonNode run) {
      return Wire.text(run, "status").equals("failed")
          && (failureKind(run) == Kind.RATE_LIMITED || failureKind(run) == Kind.SERVER);
    }

    private String failure(JsonNode run, String runId) {
      JsonNode error = run.path("last_error");
      return "the Assistants run " + runId + " failed (" + Wire.text(error, "code") + "): "
          + settings.apiKey().redact(Wire.text(error, "message"));
    }

    private void pause(Duration wait, String runId) throws ModelException {
      try {
        timing.sleeper().sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ModelException(Kind.NETWORK, "interrupted before running the Assistants run " + runId + " again", e);
      }
    }

    /** This run's tokens since the last reply: a run reports usage once, when it ends, for all its steps. */
    private Usage usage(JsonNode usage) {
      long input = usage.path("prompt_tokens").asLong(reportedInput);
      long output = usage.path("completion_tokens").asLong(reportedOutput);
      Usage delta = new Usage(1, Math.max(0, input - reportedInput), 0, Math.max(0, output - reportedOutput));
      reportedInput = Math.max(input, reportedInput);
      reportedOutput = Math.max(output, reportedOutput);
      return delta;
    }

    /** The text and the refusal of the newest assistant message the run wrote. */
    private Answer latestAnswer(String runId) throws ModelException {
      JsonNode messages = call(() -> api.get("/threads/" + thread + "/messages?order=desc&limit=20&run_id=" + runId));
      for (JsonNode message : messages.path("data")) {
        if (!"assistant".equals(Wire.text(message, "role"))) {
          continue;
        }
        StringBuilder text = new StringBuilder();
        StringBuilder refusal = new StringBuilder();
        for (JsonNode part : message.path("content")) {
          text.append(Wire.text(part.path("text"), "value"));
          refusal.append(Wire.text(part, "refusal"));
        }
        return new Answer(text.toString(), refusal.toString());
      }
      return new Answer("", "");
    }

    private void cancelQuietly(String runId) {
      try {
        api.post(runPath(runId) + "/cancel", null);
      } catch (HttpFailure failure) {
        log.warn("could not cancel the Assistants run " + runId + ": " + failure.getMessage());
      }
    }

    /** Cancels a run still waiting for tool outputs and deletes the thread; never throws. */
    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      openConversations.remove(this);
      if (waitingRun != null) {
        cancelQuietly(waitingRun);
      }
      try {
        api.delete("/threads/" + thread);
      } catch (HttpFailure failure) {
        log.warn("could not delete the Assistants thread " + thread + " on " + api.host() + " ("
            + failure.getMessage() + "); delete it by hand if it matters");
      } catch (RuntimeException unexpected) {
        log.warn("could not delete the Assistants thread " + thread + ": " + unexpected);
      }
    }
  }
}
