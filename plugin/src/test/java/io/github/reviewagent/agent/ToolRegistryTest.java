package io.github.reviewagent.agent;

import static io.github.reviewagent.agent.Fixtures.tool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reviewagent.provider.InputItem;
import io.github.reviewagent.provider.ToolCall;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ToolRegistryTest {

  private static final String LOOKUP_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"string\"},\"limit\":{\"type\":\"integer\"},"
          + "\"mode\":{\"type\":\"string\",\"enum\":[\"fast\",\"full\"]}},\"required\":[\"path\"],\"additionalProperties\":false}";

  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private ToolRegistry registry(Duration timeout, io.github.reviewagent.agent.tools.AgentTool... tools) {
    return new ToolRegistry(List.of(tools), pool, timeout);
  }

  private static List<String> outputs(List<InputItem> items) {
    return items.stream().map(i -> ((InputItem.ToolOutput) i).output()).toList();
  }

  @Test
  void callsOfOneTurnRunConcurrently() {
    // Each call waits until both have started: run one after the other, the first would wait in vain.
    CountDownLatch bothStarted = new CountDownLatch(2);
    var together =
        tool("together", "{\"type\":\"object\"}", args -> {
          bothStarted.countDown();
          return bothStarted.await(10, TimeUnit.SECONDS) ? "together " + args : "alone " + args;
        });
    List<InputItem> answers =
        registry(Duration.ofSeconds(20), together)
            .run(List.of(new ToolCall("a", "together", "{\"n\":1}"), new ToolCall("b", "together", "{\"n\":2}")));

    assertThat(answers).extracting(i -> ((InputItem.ToolOutput) i).callId()).containsExactly("a", "b");
    assertThat(outputs(answers)).containsExactly("together {\"n\":1}", "together {\"n\":2}");
  }

  @Test
  void eachCallGetsItsOwnOutputInOrderEvenWhenLaterOnesFinishFirst() {
    CountDownLatch secondDone = new CountDownLatch(1);
    var slowFirst =
        tool("echo", "{\"type\":\"object\"}", args -> {
          if (args.contains("first")) {
            secondDone.await(10, TimeUnit.SECONDS);
          } else {
            secondDone.countDown();
          }
          return args;
        });
    List<InputItem> answers =
        registry(Duration.ofSeconds(20), slowFirst)
            .run(List.of(new ToolCall("1", "echo", "{\"first\":true}"), new ToolCall("2", "echo", "{\"second\":true}")));

    assertThat(outputs(answers)).containsExactly("{\"first\":true}", "{\"second\":true}");
  }

  @Test
  void unknownToolIsAnsweredWithTheAvailableNames() {
    var lookup = tool("lookup", LOOKUP_SCHEMA, args -> "found");
    List<InputItem> answers = registry(Duration.ofSeconds(5), lookup).run(List.of(new ToolCall("x", "delete_repo", "{}")));

    assertThat(outputs(answers)).singleElement().asString()
        .contains("\"error\"").contains("no tool named 'delete_repo'").contains("Available tools: lookup");
  }

  @Test
  void argumentsThatAreNotJsonAreAnsweredWithTheParseError() {
    var lookup = tool("lookup", LOOKUP_SCHEMA, args -> "found");
    List<InputItem> answers =
        registry(Duration.ofSeconds(5), lookup).run(List.of(new ToolCall("x", "lookup", "{\"path\": \"A.java\""), new ToolCall("y", "lookup", "[1]")));

    assertThat(outputs(answers).get(0)).contains("not valid JSON");
    assertThat(outputs(answers).get(1)).contains("must be a JSON object");
  }

  @Test
  void argumentsThatBreakTheSchemaAreRejectedBeforeTheToolRuns() {
    var lookup = tool("lookup", LOOKUP_SCHEMA, args -> { throw new AssertionError("must not run: " + args); });
    List<InputItem> answers =
        registry(Duration.ofSeconds(5), lookup)
            .run(List.of(
                new ToolCall("1", "lookup", "{}"),
                new ToolCall("2", "lookup", "{\"path\": 7}"),
                new ToolCall("3", "lookup", "{\"path\": \"A.java\", \"limit\": \"ten\"}"),
                new ToolCall("4", "lookup", "{\"path\": \"A.java\", \"mode\": \"slow\"}"),
                new ToolCall("5", "lookup", "{\"path\": \"A.java\", \"force\": true}")));

    assertThat(outputs(answers))
        .satisfiesExactly(
            o -> assertThat(o).contains("path is required"),
            o -> assertThat(o).contains("path must be a string, not an integer"),
            o -> assertThat(o).contains("limit must be an integer, not a string"),
            o -> assertThat(o).contains("mode must be one of [\\\"fast\\\",\\\"full\\\"]"),
            o -> assertThat(o).contains("force is not a known argument; known: path, limit, mode"));
  }

  @Test
  void validArgumentsReachTheTool() {
    var lookup = tool("lookup", LOOKUP_SCHEMA, args -> "got " + args);
    List<InputItem> answers =
        registry(Duration.ofSeconds(5), lookup).run(List.of(new ToolCall("1", "lookup", "{\"path\":\"A.java\",\"limit\":3.0,\"mode\":\"fast\"}")));

    assertThat(outputs(answers)).containsExactly("got {\"path\":\"A.java\",\"limit\":3.0,\"mode\":\"fast\"}");
  }

  @Test
  void argumentsEncodedTwiceAsAJsonStringReachTheToolAsTheObject() {
    // Some models served through compatible servers send "{\"path\": ...}" once more as a JSON string.
    var lookup = tool("lookup", LOOKUP_SCHEMA, args -> "got " + args);
    List<InputItem> answers =
        registry(Duration.ofSeconds(5), lookup).run(List.of(new ToolCall("1", "lookup", "\"{\\\"path\\\": \\\"A.java\\\"}\"")));

    assertThat(outputs(answers)).containsExactly("got {\"path\": \"A.java\"}");
  }

  @Test
  void aToolExceptionBecomesAReadableError() {
    var broken = tool("broken", "{\"type\":\"object\"}", args -> { throw new IllegalStateException("index is corrupt"); });
    List<InputItem> answers = registry(Duration.ofSeconds(5), broken).run(List.of(new ToolCall("1", "broken", "")));

    assertThat(outputs(answers)).singleElement().asString()
        .contains("broken failed (IllegalStateException: index is corrupt)");
  }

  @Test
  void aToolThatOutlivesTheTimeoutIsStoppedAndReported() throws InterruptedException {
    CountDownLatch interrupted = new CountDownLatch(1);
    var stuck =
        tool("stuck", "{\"type\":\"object\"}", args -> {
          try {
            new CountDownLatch(1).await();
          } catch (InterruptedException e) {
            interrupted.countDown();
          }
          return "never";
        });
    var quick = tool("quick", "{\"type\":\"object\"}", args -> "quick answer");
    List<InputItem> answers =
        registry(Duration.ofMillis(300), stuck, quick).run(List.of(new ToolCall("1", "stuck", "{}"), new ToolCall("2", "quick", "{}")));

    assertThat(outputs(answers).get(0)).contains("stuck did not finish").contains("was stopped");
    assertThat(outputs(answers).get(1)).isEqualTo("quick answer");
    assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the stuck tool is interrupted").isTrue();
  }

  @Test
  void toolOutputIsRedactedAndCapped() {
    String key = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
    var leaky = tool("leaky", "{\"type\":\"object\"}", args -> "token=" + key + "\n" + "x".repeat(ToolRegistry.MAX_OUTPUT_CHARS));
    String output = outputs(registry(Duration.ofSeconds(5), leaky).run(List.of(new ToolCall("1", "leaky", "{}")))).get(0);

    assertThat(output).doesNotContain(key).contains("<redacted:github-token>").endsWith("[output truncated at 20000 characters]");
  }

  @Test
  void refusalAnswersEveryCallWithoutRunningIt() {
    var lookup = tool("lookup", LOOKUP_SCHEMA, args -> { throw new AssertionError("must not run"); });
    List<InputItem> answers =
        registry(Duration.ofSeconds(5), lookup).refuse(List.of(new ToolCall("1", "lookup", "{}"), new ToolCall("2", "lookup", "{}")), "limit reached");

    assertThat(answers).extracting(i -> ((InputItem.ToolOutput) i).callId()).containsExactly("1", "2");
    assertThat(outputs(answers)).allSatisfy(o -> assertThat(o).isEqualTo("{\"error\":\"limit reached\"}"));
  }

  @Test
  void specsListTheToolsAndDuplicateNamesAreRefused() {
    var a = tool("a", "{\"type\":\"object\"}", args -> "");
    var b = tool("b", "{\"type\":\"object\"}", args -> "");
    assertThat(registry(Duration.ofSeconds(1), a, b).specs()).extracting(s -> s.name()).containsExactly("a", "b");
    assertThatThrownBy(() -> registry(Duration.ofSeconds(1), a, a)).hasMessageContaining("two tools are named a");
  }

  @Test
  void alternativesInTheSchemaAreChecked() {
    String schema =
        "{\"type\":\"object\",\"properties\":{\"code\":{\"type\":\"string\"},\"path\":{\"type\":\"string\"}},"
            + "\"anyOf\":[{\"required\":[\"code\"]},{\"required\":[\"path\"]}]}";
    var metrics = tool("m", schema, args -> "ok");
    List<InputItem> answers =
        registry(Duration.ofSeconds(5), metrics).run(List.of(new ToolCall("1", "m", "{}"), new ToolCall("2", "m", "{\"path\":\"A.java\"}")));

    assertThat(outputs(answers).get(0)).contains("fits none of the allowed forms").contains("code is required");
    assertThat(outputs(answers).get(1)).isEqualTo("ok");
  }

  @Test
  void aNullOptionalArgumentCountsAsLeftOut() {
    var lookup = tool("lookup", LOOKUP_SCHEMA, args -> "got " + args);
    List<InputItem> answers =
        registry(Duration.ofSeconds(5), lookup)
            .run(List.of(new ToolCall("1", "lookup", "{\"path\": \"A.java\", \"limit\": null, \"mode\": null}"),
                new ToolCall("2", "lookup", "{\"path\": null}")));

    assertThat(outputs(answers).get(0)).isEqualTo("got {\"path\": \"A.java\", \"limit\": null, \"mode\": null}");
    assertThat(outputs(answers).get(1)).contains("path is required");
  }
}
