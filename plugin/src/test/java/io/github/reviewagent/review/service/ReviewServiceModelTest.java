package io.github.reviewagent.review.service;

import static io.github.reviewagent.testing.OpenAiScripts.assistantsAnswer;
import static io.github.reviewagent.testing.OpenAiScripts.assistantsCalls;
import static io.github.reviewagent.testing.OpenAiScripts.assistantsOpen;
import static io.github.reviewagent.testing.OpenAiScripts.chatAnswer;
import static io.github.reviewagent.testing.OpenAiScripts.chatCalls;
import static io.github.reviewagent.testing.OpenAiScripts.finding;
import static io.github.reviewagent.testing.OpenAiScripts.findings;
import static io.github.reviewagent.testing.OpenAiScripts.responsesAnswer;
import static io.github.reviewagent.testing.OpenAiScripts.responsesCalls;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.reviewagent.git.ChangeDetector;
import io.github.reviewagent.git.ChangeSet;
import io.github.reviewagent.git.ChangedPath;
import io.github.reviewagent.http.ProxySettings;
import io.github.reviewagent.http.Secret;
import io.github.reviewagent.offline.OfflineConfig;
import io.github.reviewagent.provider.ModelProviders;
import io.github.reviewagent.provider.ProviderKind;
import io.github.reviewagent.report.ReportFormat;
import io.github.reviewagent.review.Finding;
import io.github.reviewagent.review.LineRange;
import io.github.reviewagent.review.ReviewResult;
import io.github.reviewagent.review.ReviewedFile;
import io.github.reviewagent.review.Rule;
import io.github.reviewagent.review.Severity;
import io.github.reviewagent.review.Usage;
import io.github.reviewagent.testing.FakeTiming;
import io.github.reviewagent.testing.OpenAiFixtures;
import io.github.reviewagent.testing.OpenAiFixtures.Call;
import io.github.reviewagent.testing.OpenAiServer;
import io.github.reviewagent.testing.OpenAiServer.Recorded;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The review with a model: every protocol against a scripted loopback server whose requests and answers are
 * checked against OpenAI's spec, key resolution, offline mode, proxies, the gate's treatment of a model that does
 * not finish, and suppression of model findings. Retries sleep in fake time.
 */
class ReviewServiceModelTest {

  private static final String KEY = "sk-proj-REVIEW-SERVICE-SECRET-0123456789";
  private static final String CART = "core/src/main/java/a/Cart.java";
  private static final String LOOP = "for (int i = 0; i <= prices.length; i++) {";
  private static final String CART_TEXT =
      """
      package a;

      class Cart {
        int total(int[] prices) {
          int sum = 0;
          for (int i = 0; i <= prices.length; i++) {
            sum += prices[i];
          }
          return sum;
        }
      }
      """;
  private static final List<Call> METRICS_CALLS =
      List.of(
          new Call("call_1", "get_code_metrics", "{\"path\":\"" + CART + "\"}"),
          new Call("call_2", "get_code_metrics", "{\"path\":\"" + CART + "\",\"method\":\"total\"}"));
  private static final String OFF_BY_ONE =
      findings(finding("critical", "bug", CART, 6, "The loop reads one element past the end of the array.", LOOP));

  @TempDir Path dir;
  @TempDir Path cache;

  private Path root;
  private final OpenAiServer server = new OpenAiServer();
  private final FakeTiming time = new FakeTiming();
  private final RecordingLog log = new RecordingLog();
  private final ReviewServiceTest.RecordingWriter writer = new ReviewServiceTest.RecordingWriter();
  private final AtomicInteger providersCreated = new AtomicInteger();
  private final List<ChangedPath> changed = new ArrayList<>();

  @BeforeEach
  void setUp() throws IOException {
    root = Paths.canonical(dir);
    add(CART, CART_TEXT);
  }

  @AfterEach
  void everyRequestFollowsTheSpecAndTheKeyShowsNowhere() {
    server.takeAndCheckTheRest();
    server.close();
    assertThat(log.lines()).noneSatisfy(line -> assertThat(line).contains(KEY));
    for (ReviewServiceTest.RecordingWriter.Call call : writer.calls) {
      assertThat(call.result().toString()).doesNotContain(KEY);
      assertThat(call.result().gate().reason()).doesNotContain(KEY);
    }
  }

  private void add(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    changed.add(new ChangedPath(path, null, ReviewedFile.Status.ADDED, List.of(new LineRange(1, (int) text.lines().count())), null));
  }

  private ReviewService service(Function<String, String> environment) {
    ChangeDetector detector = (directory, baseRef) -> new ChangeSet(root, "origin/main", "0123456789abcdef0123456789abcdef01234567", List.copyOf(changed), List.of(), List.of());
    return new ReviewService(
        encoding -> detector,
        writer,
        environment,
        (settings, httpLog) -> {
          providersCreated.incrementAndGet();
          return ModelProviders.create(settings, httpLog, time.timing());
        },
        System::nanoTime);
  }

  private static Function<String, String> keyInEnvironment() {
    return Map.of("OPENAI_API_KEY", KEY)::get;
  }

  private static Function<String, String> noEnvironment() {
    return name -> null;
  }

  private ModelSettings settings(Provider provider, String baseUrl, KeySources keys, boolean failOnModelError, boolean offline) {
    return new ModelSettings(
        provider, baseUrl, "gpt-test", keys, failOnModelError, ModelLimits.defaults(cache), ProxySettings.NONE, offline, List.of());
  }

  private ModelSettings settings(Provider provider) {
    return settings(provider, server.baseUrl().toString(), KeySources.environment("OPENAI_API_KEY"), false, false);
  }

  private ReviewRequest request(ModelSettings model) {
    return request(model, List.of());
  }

  private ReviewRequest request(ModelSettings model, List<String> excludes) {
    return request(model, excludes, StandardCharsets.UTF_8);
  }

  private ReviewRequest request(ModelSettings model, List<String> excludes, Charset encoding) {
    Path basedir = root.resolve("core");
    ModuleSources core = new ModuleSources("core", basedir, List.of(basedir.resolve("src/main/java")), List.of("**/*.java"), excludes);
    return new ReviewRequest(
        root, List.of(core), null, Scope.CHANGED, model, Severity.CRITICAL, OfflineConfig.defaults(), root.resolve("target/review"),
        Set.of(ReportFormat.JSON), encoding, 21);
  }

  private ReviewOutcome review(ModelSettings model, Function<String, String> environment) throws ReviewException {
    return service(environment).review(request(model), log);
  }

  private static Finding modelFinding(ReviewResult result) {
    return result.findings().stream().filter(f -> f.source() == Finding.Source.MODEL).findFirst().orElseThrow();
  }

  // ---- the three protocols

  private void scriptMetricsThenOffByOne(ProviderKind kind) {
    switch (kind) {
      case CHAT -> {
        chatCalls(server, METRICS_CALLS);
        chatAnswer(server, OFF_BY_ONE);
      }
      case RESPONSES -> {
        responsesCalls(server, METRICS_CALLS);
        responsesAnswer(server, OFF_BY_ONE);
      }
      case ASSISTANTS -> {
        assistantsOpen(server, "thread_1");
        assistantsCalls(server, "thread_1", "run_1", METRICS_CALLS);
        assistantsAnswer(server, "thread_1", "run_1", OFF_BY_ONE);
      }
    }
  }

  /** The tool outputs the model got back, by call id, from the request that carried them. */
  private List<JsonNode> toolOutputsSent(ProviderKind kind) {
    List<JsonNode> outputs = new ArrayList<>();
    switch (kind) {
      case CHAT -> {
        JsonNode first = server.take("POST", "/chat/completions").body();
        assertThat(first.at("/messages/1/content").asText()).contains("File: " + CART).contains(LOOP);
        assertThat(first.findValuesAsText("name")).contains("get_code_metrics");
        server.take("POST", "/chat/completions").body().path("messages")
            .forEach(m -> { if (m.path("role").asText().equals("tool")) outputs.add(m); });
      }
      case RESPONSES -> {
        JsonNode first = server.take("POST", "/responses").body();
        assertThat(first.at("/input/0/content").toString()).contains(LOOP);
        server.take("POST", "/responses").body().path("input")
            .forEach(i -> { if (i.path("type").asText().equals("function_call_output")) outputs.add(i); });
      }
      case ASSISTANTS -> {
        server.take("GET", "/assistants");
        server.take("POST", "/assistants");
        server.take("POST", "/threads");
        assertThat(server.take("POST", "/threads/thread_1/messages").body().path("content").asText()).contains(LOOP);
        server.take("POST", "/threads/thread_1/runs");
        server.take("GET", "/threads/thread_1/runs/run_1");
        server.take("POST", "/threads/thread_1/runs/run_1/submit_tool_outputs").body().path("tool_outputs").forEach(outputs::add);
      }
    }
    return outputs;
  }

  @ParameterizedTest
  @EnumSource(ProviderKind.class)
  void theModelCallsGetCodeMetricsTwiceInOneTurnAndItsFindingIsGated(ProviderKind kind) throws Exception {
    scriptMetricsThenOffByOne(kind);

    ReviewOutcome outcome = review(settings(Provider.parse(kind.id())), keyInEnvironment());

    ReviewResult result = outcome.result();
    assertThat(result.status()).isEqualTo(ReviewResult.Status.COMPLETE);
    assertThat(result.provider()).isEqualTo(kind.id());
    assertThat(result.model()).isEqualTo("gpt-test");
    assertThat(modelFinding(result)).satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("model.bug");
      assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
      assertThat(f.path()).isEqualTo(CART);
      assertThat(f.startLine()).isEqualTo(6);
      assertThat(f.onChangedLine()).isTrue();
      assertThat(f.suppressed()).isFalse();
    });
    assertThat(result.rules()).extracting(Rule::id).contains("model.bug", "complexity.cognitive").doesNotHaveDuplicates();
    assertThat(result.gate().failed()).isTrue();
    assertThat(result.gate().reason()).startsWith("1 finding at or above critical on changed lines (1 model.bug)");
    assertThat(result.usage().requests()).isPositive();
    assertThat(result.usage().inputTokens()).isPositive();
    assertThat(outcome.modelProblem()).isNull();
    assertThat(writer.calls).singleElement().satisfies(call -> assertThat(call.result()).isSameAs(result));
    List<JsonNode> outputs = toolOutputsSent(kind);
    assertThat(outputs).hasSize(2);
    assertThat(outputs).allSatisfy(output -> assertThat(output.toString()).contains("cyclomatic").contains("cognitive"));
    assertThat(log.lines())
        .contains("INFO Reviewing 1 changed Java files of 1 module against origin/main (0123456789) with the offline reviewer"
            + " and model gpt-test (" + kind.id() + " at " + server.baseUrl().getHost() + ")")
        .anySatisfy(line -> assertThat(line).matches("INFO Model review: 1 part in \\d+\\.\\d s, 1 reviewed \\(0 from the cache\\), 1 of 1 proposed findings kept"))
        .anySatisfy(line -> assertThat(line).startsWith("INFO Model usage: "));
  }

  @Test
  void usageIsSummedIntoTheResultAndOneLogLine() throws Exception {
    scriptMetricsThenOffByOne(ProviderKind.CHAT);

    ReviewResult result = review(settings(Provider.CHAT), keyInEnvironment()).result();

    assertThat(result.usage()).isEqualTo(new Usage(2, 2_100, 512, 120));
    assertThat(log.lines()).contains("INFO Model usage: 2 requests, 2,100 input tokens (512 cached), 120 output tokens");
    Recorded first = server.take("POST", "/chat/completions");
    assertThat(first.header("Authorization")).isEqualTo("Bearer " + KEY);
  }

  @Test
  void aSecondReviewOfTheSameChangeAsksTheModelNothing() throws Exception {
    scriptMetricsThenOffByOne(ProviderKind.CHAT);
    ReviewResult first = review(settings(Provider.CHAT), keyInEnvironment()).result();
    int requests = server.takeAndCheckTheRest();

    ReviewResult second = review(settings(Provider.CHAT), keyInEnvironment()).result();

    assertThat(requests).isEqualTo(2);
    assertThat(server.requestCount()).isEqualTo(2);
    assertThat(second.findings()).isEqualTo(first.findings());
    assertThat(second.usage()).isEqualTo(Usage.NONE);
    assertThat(second.status()).isEqualTo(ReviewResult.Status.COMPLETE);
    assertThat(log.lines()).contains("INFO Model usage: 0 requests, 0 input tokens (0 cached), 0 output tokens");
  }

  @Test
  void inAGitWorkTreeTheModelReadsFilesButNotExcludedOnesAndSearchesTheConfiguredGuidelines() throws Exception {
    Git.init().setDirectory(root.toFile()).call().close();
    Files.writeString(root.resolve("core/pom.xml"), "<project><artifactId>core</artifactId></project>\n");
    Files.createDirectories(root.resolve("core/src/main/java/a/internal"));
    Files.writeString(root.resolve("core/src/main/java/a/internal/Keys.java"), "class Keys { String k = \"excluded\"; }\n");
    Files.createDirectories(root.resolve("docs"));
    Files.writeString(root.resolve("docs/review.md"), "# Money\n\nUse BigDecimal for prices, never double.\n");
    chatCalls(server, List.of(
        new Call("call_1", "read_file", "{\"path\":\"core/src/main/java/a/internal/Keys.java\"}"),
        new Call("call_2", "read_file", "{\"path\":\"core/pom.xml\"}"),
        new Call("call_3", "search_guidelines", "{\"query\":\"prices BigDecimal\",\"path\":\"" + CART + "\"}")));
    chatAnswer(server, findings());
    ModelSettings model =
        new ModelSettings(
            Provider.CHAT, server.baseUrl().toString(), "gpt-test", KeySources.environment("OPENAI_API_KEY"), true,
            ModelLimits.defaults(cache), ProxySettings.NONE, false, List.of("docs/review.md"));

    ReviewResult result = service(keyInEnvironment()).review(request(model, List.of("**/internal/**")), log).result();

    assertThat(result.status()).isEqualTo(ReviewResult.Status.COMPLETE);
    JsonNode question = server.take("POST", "/chat/completions").body();
    assertThat(question.findValuesAsText("name")).contains("get_code_metrics", "read_file", "search_guidelines");
    List<String> outputs = new ArrayList<>();
    server.take("POST", "/chat/completions").body().path("messages")
        .forEach(m -> { if (m.path("role").asText().equals("tool")) outputs.add(m.path("content").asText()); });
    assertThat(outputs).hasSize(3);
    assertThat(outputs.get(0)).contains("error").doesNotContain("excluded\"");
    assertThat(outputs.get(1)).contains("<artifactId>core</artifactId>");
    assertThat(outputs.get(2)).contains("docs/review.md").contains("Use BigDecimal for prices, never double.");
  }

  @Test
  void theModelsToolsReadTheSourcesInTheReviewsEncoding() throws Exception {
    Git.init().setDirectory(root.toFile()).call().close();
    String text = CART_TEXT.replace("  int total(", "  // Größe des Warenkorbs\n  int größe(");
    Files.write(root.resolve(CART), text.getBytes(StandardCharsets.ISO_8859_1));
    chatCalls(server, List.of(
        new Call("call_1", "get_code_metrics", "{\"path\":\"" + CART + "\"}"),
        new Call("call_2", "read_file", "{\"path\":\"" + CART + "\"}")));
    chatAnswer(server, findings());

    ReviewResult result =
        service(keyInEnvironment()).review(request(settings(Provider.CHAT), List.of(), StandardCharsets.ISO_8859_1), log).result();

    assertThat(result.status()).isEqualTo(ReviewResult.Status.COMPLETE);
    server.take("POST", "/chat/completions");
    List<String> outputs = new ArrayList<>();
    server.take("POST", "/chat/completions").body().path("messages")
        .forEach(m -> { if (m.path("role").asText().equals("tool")) outputs.add(m.path("content").asText()); });
    assertThat(outputs).hasSize(2);
    assertThat(outputs.get(0)).contains("größe(int[])");
    assertThat(outputs.get(1)).contains("// Größe des Warenkorbs").contains("int größe(int[] prices) {");
  }

  // ---- suppression and the gate

  @Test
  void aModelFindingGoesThroughTheFilesSuppressions() throws Exception {
    changed.clear();
    add(CART, CART_TEXT.replace("    int sum = 0;\n", "    int sum = 0; // review:ignore model.bug -- the caller pads the array\n"));
    chatAnswer(server, OFF_BY_ONE);

    ReviewResult result = review(settings(Provider.CHAT), keyInEnvironment()).result();

    assertThat(modelFinding(result).suppressed()).isTrue();
    assertThat(result.gate().failed()).isFalse();
  }

  /** A server that fails every attempt: the retries are spent (in fake time), the unit is not reviewed. */
  private void scriptOutage() {
    for (int i = 0; i < 4; i++) {
      server.error(500, OpenAiFixtures.error("server_error", null, "The server had an error while processing your request."));
    }
  }

  @Test
  void aModelOutageWithoutFailOnModelErrorKeepsTheOfflineFindingsAndIsPartialNeverAPass() throws Exception {
    add("core/src/main/java/a/Order.java",
        "package a;\n\nclass Order {\n  Order(int a, int b, int c, int d, int e, int f, int g, int h) {\n  }\n}\n");
    scriptOutage();

    ReviewOutcome outcome = review(settings(Provider.CHAT), keyInEnvironment());

    ReviewResult result = outcome.result();
    assertThat(result.status()).isEqualTo(ReviewResult.Status.PARTIAL);
    assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("size.parameters");
    assertThat(result.gate().failed()).isFalse();
    assertThat(result.gate().reason())
        .startsWith("No unsuppressed finding at or above critical on changed lines. The review is partial: the model review did not finish (")
        .contains("not reviewed by the model, because the model failed (SERVER)");
    assertThat(outcome.modelProblem()).contains("HTTP 500");
    assertThat(result.notes()).anySatisfy(n -> assertThat(n).startsWith("The chat model review did not finish: 1 of 1 part"));
    assertThat(log.lines()).anySatisfy(line -> assertThat(line).startsWith("WARN The chat model review did not finish:")
        .contains("review.failOnModelError=true fails the build instead"));
    assertThat(time.sleeps()).hasSize(3);
  }

  @Test
  void aModelOutageWithFailOnModelErrorFailsTheGateNamingTheReason() throws Exception {
    scriptOutage();
    ModelSettings model = settings(Provider.CHAT, server.baseUrl().toString(), KeySources.environment("OPENAI_API_KEY"), true, false);

    ReviewOutcome outcome = review(model, keyInEnvironment());

    assertThat(outcome.result().status()).isEqualTo(ReviewResult.Status.PARTIAL);
    assertThat(outcome.result().gate().failed()).isTrue();
    assertThat(outcome.result().gate().reason())
        .startsWith("The model review did not finish (1 of 1 part of the change not reviewed by the model, because the model failed (SERVER)")
        .endsWith("and review.failOnModelError is true.");
    assertThat(outcome.modelProblem()).isNotNull();
    assertThat(writer.calls).hasSize(1);
  }

  @Test
  void aRejectedKeyIsNamedByItsSourceNeverShown() throws Exception {
    server.error(401, OpenAiFixtures.error("invalid_request_error", "invalid_api_key", "Incorrect API key provided: " + KEY + "."));

    ReviewOutcome outcome = review(settings(Provider.CHAT), keyInEnvironment());

    assertThat(outcome.modelProblem())
        .contains("the API key in environment variable OPENAI_API_KEY was rejected by localhost:" + server.baseUrl().getPort())
        .doesNotContain(KEY);
    assertThat(outcome.result().notes()).noneSatisfy(n -> assertThat(n).contains(KEY));
    assertThat(time.sleeps()).isEmpty();
  }

  // ---- keys, auto, offline mode, proxies

  @Test
  void autoIsOfflineWithoutAKeyAndChatWithOne() throws Exception {
    ReviewResult offline = review(settings(Provider.AUTO), noEnvironment()).result();
    assertThat(offline.provider()).isEqualTo("offline");
    assertThat(offline.model()).isNull();
    assertThat(offline.status()).isEqualTo(ReviewResult.Status.COMPLETE);
    assertThat(providersCreated).hasValue(0);

    chatAnswer(server, findings());
    ReviewResult chat = review(settings(Provider.AUTO), keyInEnvironment()).result();
    assertThat(chat.provider()).isEqualTo("chat");
    assertThat(chat.status()).isEqualTo(ReviewResult.Status.COMPLETE);
    assertThat(server.take("POST", "/chat/completions").header("Authorization")).isEqualTo("Bearer " + KEY);
  }

  @Test
  void theEnvironmentVariableComesFirstThenTheSettingsServer() throws Exception {
    KeySources keys = new KeySources("OPENAI_API_KEY", "openai", Secret.of("sk-from-settings-server"));
    ModelSettings model = settings(Provider.AUTO, server.baseUrl().toString(), keys, false, false);
    chatAnswer(server, findings());
    chatAnswer(server, findings());

    review(model, keyInEnvironment());
    Files.writeString(root.resolve(CART), CART_TEXT + "// another change, so the cache does not answer\n");
    review(model, noEnvironment());

    assertThat(server.take("POST", "/chat/completions").header("Authorization")).isEqualTo("Bearer " + KEY);
    assertThat(server.take("POST", "/chat/completions").header("Authorization")).isEqualTo("Bearer sk-from-settings-server");
    assertThat(log.lines()).noneSatisfy(line -> assertThat(line).contains("sk-from-settings-server"));
  }

  @Test
  void anExplicitProviderWithoutAKeyForARemoteServerIsPartialWithoutACall() throws Exception {
    ModelSettings model =
        settings(Provider.RESPONSES, "https://api.openai.com/v1", new KeySources("OPENAI_API_KEY", "openai", Secret.NONE), false, false);

    ReviewOutcome outcome = review(model, noEnvironment());

    assertThat(providersCreated).hasValue(0);
    assertThat(outcome.result().status()).isEqualTo(ReviewResult.Status.PARTIAL);
    assertThat(outcome.result().provider()).isEqualTo("responses");
    assertThat(outcome.modelProblem())
        .isEqualTo("no API key was found for api.openai.com: set the environment variable OPENAI_API_KEY (review.apiKeyEnv)"
            + " or the password of settings.xml server 'openai' (review.serverId), or use review.provider=offline");
  }

  @Test
  void aServerOnThisMachineIsCalledWithoutAKeyWhenNoneIsFound() throws Exception {
    chatAnswer(server, findings());

    ReviewResult result = review(settings(Provider.CHAT), noEnvironment()).result();

    assertThat(result.status()).isEqualTo(ReviewResult.Status.COMPLETE);
    assertThat(server.take("POST", "/chat/completions").header("Authorization")).isNull();
    assertThat(log.lines()).contains(
        "INFO No API key in the environment variable OPENAI_API_KEY (review.apiKeyEnv): localhost is on this machine"
            + " and is asked without one");
  }

  @Test
  void offlineAnExplicitProviderForARemoteServerIsPartialWithoutACall() throws Exception {
    ModelSettings model =
        settings(Provider.CHAT, "https://api.openai.com/v1", KeySources.environment("OPENAI_API_KEY"), false, true);

    ReviewOutcome outcome = review(model, keyInEnvironment());

    assertThat(providersCreated).hasValue(0);
    assertThat(outcome.result().status()).isEqualTo(ReviewResult.Status.PARTIAL);
    assertThat(outcome.modelProblem()).startsWith("Maven runs offline (-o) and api.openai.com (review.baseUrl) is not this machine");
  }

  @Test
  void offlineAutoForARemoteServerIsACompleteOfflineReviewThatSaysWhy() throws Exception {
    ModelSettings model = settings(Provider.AUTO, "https://api.openai.com/v1", KeySources.environment("OPENAI_API_KEY"), true, true);

    ReviewOutcome outcome = review(model, keyInEnvironment());

    assertThat(providersCreated).hasValue(0);
    assertThat(outcome.result().provider()).isEqualTo("offline");
    assertThat(outcome.result().status()).isEqualTo(ReviewResult.Status.COMPLETE);
    assertThat(outcome.result().gate().failed()).isFalse();
    assertThat(log.lines()).contains(
        "INFO Maven runs offline (-o): no model review (review.provider=auto found an API key in environment variable"
            + " OPENAI_API_KEY, but api.openai.com is not this machine); only the offline reviewer runs.");
  }

  @Test
  void offlineAServerOnThisMachineIsStillAsked() throws Exception {
    chatAnswer(server, findings());
    ModelSettings model = settings(Provider.CHAT, server.baseUrl().toString(), KeySources.environment("OPENAI_API_KEY"), true, true);

    ReviewResult result = review(model, keyInEnvironment()).result();

    assertThat(result.status()).isEqualTo(ReviewResult.Status.COMPLETE);
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void theSettingsProxyCarriesTheRequests() throws Exception {
    // The loopback server plays the proxy for a host that is never resolved or contacted.
    chatAnswer(server, findings());
    ModelSettings model =
        new ModelSettings(
            Provider.CHAT, "http://llm.review-agent.invalid/v1", "gpt-test", KeySources.environment("OPENAI_API_KEY"), true,
            ModelLimits.defaults(cache), new ProxySettings(server.mock().getProxyAddress(), null, null), false, List.of());

    ReviewResult result = review(model, keyInEnvironment()).result();

    assertThat(result.status()).isEqualTo(ReviewResult.Status.COMPLETE);
    assertThat(server.take("POST", "/chat/completions").request().getRequestLine())
        .startsWith("POST http://llm.review-agent.invalid/v1/chat/completions ");
  }

  @Test
  void theTimeoutsAndTheRunTimeoutFollowReviewRequestTimeout() {
    ModelSettings model =
        new ModelSettings(
            Provider.CHAT, "https://api.openai.com/v1", "gpt-test", KeySources.environment("K"), false,
            new ModelLimits(null, 2, 0, java.time.Duration.ofMinutes(1), java.time.Duration.ofSeconds(3)), ProxySettings.NONE, false, List.of());

    var settings = ModelStage.providerSettings(new ModelPlan.Run(ProviderKind.ASSISTANTS, Secret.of(KEY), "env"), model);

    assertThat(settings.http().connectTimeout()).hasSeconds(3);
    assertThat(settings.http().readTimeout()).hasSeconds(3);
    assertThat(settings.http().callTimeout()).hasSeconds(6);
    assertThat(settings.runTimeout()).hasSeconds(3);
    assertThat(settings.baseUrl()).isEqualTo(URI.create("https://api.openai.com/v1"));
  }
}
