package io.github.reviewagent.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.reviewagent.provider.Conversation;
import io.github.reviewagent.provider.ConversationSpec;
import io.github.reviewagent.provider.InputItem;
import io.github.reviewagent.provider.ModelException;
import io.github.reviewagent.provider.ModelProvider;
import io.github.reviewagent.provider.ModelReply;
import io.github.reviewagent.provider.ToolSpec;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The agent loop for one review unit, the same over every protocol: send the unit; while the model asks for
 * tools, run them (up to the round limit, then ask once for an answer without tools); read the answer,
 * asking once for a repair when it cannot be read and once for a shorter one when it was cut off. Shared by
 * the units of one review (thread-safe): the cache, the usage meter and budget, the deadline, whether the
 * server takes structured outputs, and whether an authentication or quota failure makes trying on pointless.
 */
final class UnitReviewer {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ModelProvider provider;
  private final ToolRegistry registry;
  private final List<ToolSpec> tools;
  private final String toolsJson;
  /** The tools as the cache key sees them: their definitions and what else shapes their answers. */
  private final String toolsKey;
  private final ModelReviewSettings settings;
  private final ResultCache cache;
  private final UsageMeter meter;
  private final long deadline;
  private final String boundary = randomToken();
  private final AtomicBoolean structured;
  private final AtomicBoolean structuredRejected = new AtomicBoolean();
  private final AtomicBoolean cacheUnwritable = new AtomicBoolean();
  private final AtomicReference<ModelException> fatal = new AtomicReference<>();

  UnitReviewer(
      ModelProvider provider, ToolRegistry registry, ModelReviewSettings settings, ResultCache cache, UsageMeter meter, long deadline) {
    this.provider = provider;
    this.registry = registry;
    this.tools = registry.specs();
    this.toolsJson = JSON.valueToTree(tools).toString();
    this.toolsKey = toolsJson + '\n' + Sha256.hex(registry.fingerprint());
    this.settings = settings;
    this.cache = cache;
    this.meter = meter;
    this.deadline = deadline;
    this.structured = new AtomicBoolean(settings.structuredOutputs());
  }

  /**
   * Does with {@code unit} what a review does before and after talking to the model, without the model: renders
   * the message, computes the cache key over a sample tool definition, checks sample arguments against it, reads a
   * sample answer and writes its cache entry as text. For {@link ModelReviewer#warmUp}.
   */
  static void warmUp(ReviewUnit unit) {
    ObjectNode schema = JSON.createObjectNode().put("type", "object").put("additionalProperties", false);
    schema.putObject("properties").putObject("path").put("type", "string");
    List<ToolSpec> sample = List.of(new ToolSpec("sample", "A sample.", schema));
    ResultCache.key("model", "chat", Prompt.INSTRUCTIONS, JSON.valueToTree(sample).toString(), Prompt.render(unit, randomToken()));
    try {
      ArgumentCheck.problems(schema, JSON.readTree("{\"path\": \"Warm.java\"}"));
      AnswerParser.Answer answer =
          AnswerParser.parse(
              "{\"findings\": [{\"severity\": \"minor\", \"category\": \"sample\", \"file\": \"Warm.java\","
                  + " \"startLine\": 1, \"endLine\": 1, \"message\": \"A sample.\", \"suggestion\": \"\","
                  + " \"code\": \"\"}]}");
      ResultCache.entry(answer.findings());
    } catch (AnswerParser.Unreadable | JsonProcessingException e) {
      throw new IllegalStateException("the samples must be readable", e);
    }
  }

  /** Never throws: whatever goes wrong ends the unit as not reviewed, with the reason. */
  UnitResult review(ReviewUnit unit) {
    String key = ResultCache.key(settings.model(), provider.id(), Prompt.INSTRUCTIONS, toolsKey, Prompt.render(unit, "<boundary>"));
    try {
      var cached = cache.get(key);
      if (cached.isPresent()) {
        return new UnitResult(unit, UnitResult.Status.CACHED, cached.get(), 0, null, List.of());
      }
      ModelException failure = fatal.get();
      if (failure != null) {
        return UnitResult.notReviewed(unit, "skipped after the model failed with " + failure.kind() + " on another part", List.of());
      }
      if (System.nanoTime() - deadline >= 0) {
        return UnitResult.notReviewed(unit, "the review timeout of " + settings.reviewTimeout() + " was reached", List.of());
      }
      String message = Prompt.render(unit, boundaryFor(unit));
      long estimate = UnitPlanner.tokens(Prompt.INSTRUCTIONS.length() + toolsJson.length() + message.length());
      if (!meter.fits(estimate)) {
        return UnitResult.notReviewed(
            unit, "the build token budget of " + meter.budget() + " tokens would be exceeded (about " + estimate + " more needed)", List.of());
      }
      UnitResult result = converseAdaptingFormat(unit, message);
      if (result.status() == UnitResult.Status.REVIEWED && !cache.put(key, result.findings())) {
        cacheUnwritable.set(true);
      }
      return result;
    } catch (ModelException e) {
      if (e.kind() == ModelException.Kind.AUTHENTICATION || e.kind() == ModelException.Kind.QUOTA) {
        fatal.compareAndSet(null, e);
      }
      return UnitResult.notReviewed(unit, "the model failed (" + e.kind() + "): " + e.getMessage(), List.of());
    } catch (RuntimeException e) {
      return UnitResult.notReviewed(unit, "an internal error stopped it (" + e + ")", List.of());
    }
  }

  /** Review-wide notes: what changed in the way the review ran. */
  List<String> notes() {
    List<String> notes = new ArrayList<>();
    if (structuredRejected.get()) {
      notes.add("The server rejected structured outputs (response_format); the review went on without them.");
    }
    if (cacheUnwritable.get()) {
      notes.add("The model result cache could not be written; the next build will ask the model again.");
    }
    return notes;
  }

  private UnitResult converseAdaptingFormat(ReviewUnit unit, String message) throws ModelException {
    boolean withFormat = structured.get();
    try {
      return converse(unit, message, withFormat);
    } catch (ModelException e) {
      if (!withFormat || !rejectsResponseFormat(e)) {
        throw e;
      }
      if (structured.compareAndSet(true, false)) {
        structuredRejected.set(true);
      }
      return converse(unit, message, false);
    }
  }

  private static boolean rejectsResponseFormat(ModelException e) {
    String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    return e.kind() == ModelException.Kind.BAD_REQUEST
        && (message.contains("response_format") || message.contains("json_schema") || message.contains("text.format"));
  }

  private UnitResult converse(ReviewUnit unit, String message, boolean withFormat) throws ModelException {
    ConversationSpec spec =
        new ConversationSpec(Prompt.INSTRUCTIONS, tools, withFormat ? Prompt.RESPONSE_FORMAT : null, settings.maxOutputTokens());
    List<String> notes = new ArrayList<>();
    try (Conversation conversation = provider.open(spec)) {
      List<InputItem> input = List.of(new InputItem.UserText(message));
      int rounds = 0;
      boolean toolsRefused = false;
      boolean askedShorter = false;
      boolean askedRepair = false;
      while (true) {
        if (System.nanoTime() - deadline >= 0) {
          return UnitResult.notReviewed(unit, "the review timeout of " + settings.reviewTimeout() + " was reached before it finished", notes);
        }
        ModelReply reply = conversation.send(input);
        meter.add(reply.usage());
        if (!reply.toolCalls().isEmpty()) {
          if (toolsRefused) {
            return UnitResult.notReviewed(
                unit, "the model kept calling tools after the limit of " + settings.maxToolRounds() + " tool rounds", notes);
          }
          if (meter.exhausted()) {
            return UnitResult.notReviewed(unit, "the build token budget of " + meter.budget() + " tokens ran out while it ran", notes);
          }
          if (rounds >= settings.maxToolRounds()) {
            toolsRefused = true;
            notes.add("The model reached the limit of " + settings.maxToolRounds() + " tool rounds on " + unit.describe()
                + " and was asked to answer without more tools.");
            input = registry.refuse(reply.toolCalls(), Prompt.toolLimit(settings.maxToolRounds()));
          } else {
            rounds++;
            input = registry.run(reply.toolCalls());
          }
          continue;
        }
        if (reply.stop() == ModelReply.StopReason.CONTENT_FILTER) {
          return UnitResult.notReviewed(unit, "the server's content filter withheld the answer", notes);
        }
        try {
          AnswerParser.Answer answer = AnswerParser.parse(reply.text());
          return new UnitResult(unit, UnitResult.Status.REVIEWED, answer.findings(), answer.malformed(), null, notes);
        } catch (AnswerParser.Unreadable e) {
          if (reply.stop() == ModelReply.StopReason.LENGTH) {
            if (askedShorter) {
              return UnitResult.notReviewed(unit, "the answer was cut off by the output token limit twice", notes);
            }
            askedShorter = true;
            input = List.of(new InputItem.UserText(Prompt.CUT_OFF));
          } else {
            if (askedRepair) {
              return UnitResult.notReviewed(unit, "its answer could not be read, even after a repair request (" + e.getMessage() + ")", notes);
            }
            askedRepair = true;
            input = List.of(new InputItem.UserText(Prompt.repair(e.getMessage())));
          }
        }
      }
    }
  }

  /** The run's boundary token, or a fresh one in the (practically impossible) case that the code contains it. */
  private String boundaryFor(ReviewUnit unit) {
    String token = boundary;
    while (!Prompt.boundaryFits(unit, token)) {
      token = randomToken();
    }
    return token;
  }

  private static String randomToken() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
