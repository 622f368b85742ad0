package io.github.reviewagent.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.reviewagent.testing.FakeTiming;
import io.github.reviewagent.testing.LogCapture;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The retry loop and error shaping, over a scripted transport: no network, no real sleeping. */
class JsonApiTest {

  private static final String KEY = "sk-test-JSONAPI-0123456789";

  private final Deque<Object> script = new ArrayDeque<>();
  private final List<HttpRequest> sent = new ArrayList<>();
  private final FakeTiming time = new FakeTiming();
  private final LogCapture log = new LogCapture();
  private final Transport transport = new Transport() {
    @Override
    public HttpResponse execute(HttpRequest request) throws IOException {
      sent.add(request);
      Object next = script.removeFirst();
      if (next instanceof IOException e) {
        throw e;
      }
      return (HttpResponse) next;
    }

    @Override
    public void close() {}
  };
  private final JsonApi api = new JsonApi(transport, URI.create("https://api.example.test/v1/"), Secret.of(KEY),
      Map.of("OpenAI-Beta", "assistants=v2"), new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(30)),
      time.timing(), log);

  @AfterEach
  void noKeyInTheLog() {
    log.assertNeverContains(KEY);
  }

  private static HttpResponse answer(int status, String body, String... headers) {
    Map<String, List<String>> map = new java.util.HashMap<>();
    for (int i = 0; i < headers.length; i += 2) {
      map.put(headers[i], List.of(headers[i + 1]));
    }
    return new HttpResponse(status, map, body);
  }

  private static String error(String code, String message) {
    return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"" + code + "\",\"param\":null,\"code\":\"" + code + "\"}}";
  }

  private JsonNode body() {
    return JsonNodeFactory.instance.objectNode().put("model", "m");
  }

  @Test
  void sendsJsonWithTheKeyOnlyInTheAuthorizationHeader() throws Exception {
    script.add(answer(200, "{\"ok\":true}"));
    JsonNode result = api.post("/chat/completions", body());
    assertThat(result.path("ok").asBoolean()).isTrue();
    HttpRequest request = sent.get(0);
    assertThat(request.url()).hasToString("https://api.example.test/v1/chat/completions");
    assertThat(request.headers()).containsEntry("Authorization", "Bearer " + KEY)
        .containsEntry("Content-Type", "application/json").containsEntry("OpenAI-Beta", "assistants=v2");
    assertThat(request.body()).isEqualTo("{\"model\":\"m\"}");
    assertThat(request.toString()).doesNotContain(KEY);
  }

  @Test
  void withoutAKeyThereIsNoAuthorizationHeader() throws Exception {
    JsonApi keyless = new JsonApi(transport, URI.create("http://127.0.0.1:1/v1"), Secret.NONE, Map.of(),
        RetryPolicy.DEFAULT, time.timing(), log);
    script.add(answer(200, "{}"));
    keyless.get("/models");
    assertThat(sent.get(0).headers()).doesNotContainKey("Authorization").doesNotContainKey("Content-Type");
  }

  @Test
  void honoursRetryAfterOn429ThenSucceeds() throws Exception {
    script.add(answer(429, error("rate_limit_exceeded", "slow down"), "retry-after", "2"));
    script.add(answer(429, error("rate_limit_exceeded", "slow down"), "retry-after-ms", "250"));
    script.add(answer(200, "{\"n\":1}"));
    assertThat(api.post("/responses", body()).path("n").asInt()).isEqualTo(1);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofMillis(250));
    assertThat(sent).hasSize(3);
    assertThat(log.warnings()).hasSize(2).first().asString()
        .contains("POST /responses on api.example.test: HTTP 429 (rate_limit_exceeded); retry 1 of 3 in 2.0 s");
  }

  @Test
  void backsOffWithJitterWhenTheServerGivesNoWait() throws Exception {
    script.add(answer(500, "oops"));
    script.add(answer(503, ""));
    script.add(answer(200, "{}"));
    api.get("/threads/t_1/runs/r_1");
    assertThat(time.sleeps()).hasSize(2);
    assertThat(time.sleeps().get(0)).isBetween(Duration.ZERO, Duration.ofMillis(500));
    assertThat(time.sleeps().get(1)).isBetween(Duration.ZERO, Duration.ofMillis(1000));
  }

  @Test
  void givesUpAfterMaxAttemptsAndSaysSo() {
    for (int i = 0; i < 4; i++) {
      script.add(answer(429, error("rate_limit_exceeded", "slow down"), "retry-after", "1"));
    }
    HttpFailure failure = catchThrowableOfType(HttpFailure.class, () -> api.post("/chat/completions", body()));
    assertThat(failure.reason()).isEqualTo(HttpFailure.Reason.STATUS);
    assertThat(failure.status()).isEqualTo(429);
    assertThat(failure.attempts()).isEqualTo(4);
    assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(1));
    assertThat(failure.getMessage()).contains("HTTP 429 (rate_limit_exceeded): slow down [after 4 attempts]");
    assertThat(time.sleeps()).hasSize(3);
  }

  @Test
  void neverRetriesInsufficientQuotaOrClientErrors() {
    for (int status : new int[] {429, 400, 401, 403, 404}) {
      sent.clear();
      script.add(answer(status, error(status == 429 ? "insufficient_quota" : "invalid_request_error", "no")));
      HttpFailure failure = catchThrowableOfType(HttpFailure.class, () -> api.post("/chat/completions", body()));
      assertThat(failure.status()).isEqualTo(status);
      assertThat(sent).as("attempts for HTTP %d", status).hasSize(1);
    }
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void givesUpAtOnceWhenTheServerAsksForALongerWaitThanTheCap() {
    script.add(answer(429, error("rate_limit_exceeded", "later"), "retry-after", "3600"));
    HttpFailure failure = catchThrowableOfType(HttpFailure.class, () -> api.post("/chat/completions", body()));
    assertThat(failure.retryAfter()).isEqualTo(Duration.ofHours(1));
    assertThat(sent).hasSize(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void retriesTimeoutsAndDropsButNotRefusedConnections() throws Exception {
    script.add(new SocketTimeoutException("timeout"));
    script.add(new IOException("unexpected end of stream"));
    script.add(answer(200, "{}"));
    api.post("/chat/completions", body());
    assertThat(sent).hasSize(3);

    sent.clear();
    script.add(new ConnectException("Connection refused"));
    HttpFailure refused = catchThrowableOfType(HttpFailure.class, () -> api.post("/chat/completions", body()));
    assertThat(refused.reason()).isEqualTo(HttpFailure.Reason.CONNECT);
    assertThat(sent).hasSize(1);

    sent.clear();
    for (int i = 0; i < 4; i++) {
      script.add(new SocketTimeoutException("Read timed out"));
    }
    HttpFailure timeout = catchThrowableOfType(HttpFailure.class, () -> api.post("/chat/completions", body()));
    assertThat(timeout.reason()).isEqualTo(HttpFailure.Reason.TIMEOUT);
    assertThat(timeout.attempts()).isEqualTo(4);
  }

  @Test
  void aSuccessThatIsNotJsonIsMalformed() {
    script.add(answer(200, "<html>proxy login</html>"));
    HttpFailure failure = catchThrowableOfType(HttpFailure.class, () -> api.post("/chat/completions", body()));
    assertThat(failure.reason()).isEqualTo(HttpFailure.Reason.MALFORMED);
    assertThat(failure.serverMessage()).contains("<html>proxy login");
    assertThat(sent).hasSize(1);
  }

  @Test
  void anErrorInTheBodyOfA200IsAFailureOfItsCodeAndRetriedAsSuch() throws Exception {
    // OpenRouter (and some gateways) send 200 before the upstream model runs, then report its failure in the body.
    script.add(answer(200, "{\"error\":{\"code\":502,\"message\":\"Provider returned error\"},\"user_id\":\"u_1\"}"));
    script.add(answer(200, "{\"object\":\"chat.completion\",\"choices\":[]}"));
    assertThat(api.post("/chat/completions", body()).path("object").asText()).isEqualTo("chat.completion");
    assertThat(sent).hasSize(2);

    sent.clear();
    script.add(answer(200, "{\"error\":{\"code\":400,\"message\":\"No endpoints found that support tool use\"}}"));
    HttpFailure failure = catchThrowableOfType(HttpFailure.class, () -> api.post("/chat/completions", body()));
    assertThat(failure.reason()).isEqualTo(HttpFailure.Reason.STATUS);
    assertThat(failure.status()).isEqualTo(400);
    assertThat(failure.serverMessage()).isEqualTo("No endpoints found that support tool use");
    assertThat(sent).hasSize(1);

    // A protocol object that carries an error of its own (a failed response) is the protocol's to read.
    script.add(answer(200, "{\"object\":\"response\",\"status\":\"failed\",\"error\":{\"code\":\"server_error\",\"message\":\"x\"}}"));
    assertThat(api.post("/responses", body()).path("status").asText()).isEqualTo("failed");
    script.add(answer(200, "{\"choices\":[{\"index\":0}],\"error\":{\"message\":\"a warning beside the answer\"}}"));
    assertThat(api.post("/chat/completions", body()).path("choices")).hasSize(1);
  }

  @Test
  void redactsTheKeyWhenTheServerEchoesIt() {
    script.add(answer(401, error("invalid_api_key", "Incorrect API key provided: " + KEY + ". Bearer " + KEY)));
    HttpFailure failure = catchThrowableOfType(HttpFailure.class, () -> api.post("/chat/completions", body()));
    assertThat(failure.errorCode()).isEqualTo("invalid_api_key");
    assertThat(failure.serverMessage()).contains("Incorrect API key provided: [redacted]");
    LogCapture.assertNoSecretIn(failure, KEY);
  }

  @Test
  void readsTheErrorShapesOfCompatibleServers() {
    script.add(answer(400, "{\"error\":\"model 'x' not found\"}"));
    assertThat(catchThrowableOfType(HttpFailure.class, () -> api.post("/chat/completions", body())).serverMessage())
        .isEqualTo("model 'x' not found");
    script.add(answer(422, "{\"detail\":[{\"msg\":\"field required\"}]}"));
    assertThat(catchThrowableOfType(HttpFailure.class, () -> api.post("/chat/completions", body())).serverMessage())
        .contains("field required");
    script.add(answer(400, "x".repeat(1000)));
    assertThat(catchThrowableOfType(HttpFailure.class, () -> api.post("/chat/completions", body())).serverMessage())
        .hasSizeLessThan(310);
  }

  @Test
  void anInterruptedWaitStopsRetrying() {
    JsonApi interrupted = new JsonApi(transport, URI.create("https://api.example.test/v1"), Secret.of(KEY), Map.of(),
        RetryPolicy.DEFAULT, new Timing(time.timing().clock(), d -> {
          throw new InterruptedException();
        }, new java.util.Random(1)), log);
    script.add(answer(503, ""));
    assertThatThrownBy(() -> interrupted.post("/chat/completions", body()))
        .isInstanceOfSatisfying(HttpFailure.class,
            f -> assertThat(f.reason()).isEqualTo(HttpFailure.Reason.INTERRUPTED));
    assertThat(Thread.interrupted()).isTrue(); // the flag was restored (and is cleared here)
  }

  @Test
  void aRateLimitSlowsEveryCallerDownNotOnlyTheOneThatMetIt() throws Exception {
    int callers = 4;
    CyclicBarrier together = new CyclicBarrier(callers);
    AtomicInteger calls = new AtomicInteger();
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger mostAtOnceAfterTheLimit = new AtomicInteger();
    Transport shared = new Transport() {
      @Override
      public HttpResponse execute(HttpRequest request) throws IOException {
        int now = inFlight.incrementAndGet();
        try {
          if (calls.incrementAndGet() <= callers) {
            together.await(30, TimeUnit.SECONDS); // all four are in flight when the limit is hit
            return answer(429, error("rate_limit_exceeded", "slow down"), "retry-after-ms", "0");
          }
          mostAtOnceAfterTheLimit.accumulateAndGet(now, Math::max);
          Thread.sleep(50); // long enough that retries sent without a limit would overlap
          return answer(200, "{}");
        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
          throw new IOException(e);
        } finally {
          inFlight.decrementAndGet();
        }
      }

      @Override
      public void close() {}
    };
    JsonApi limited = new JsonApi(shared, URI.create("https://api.example.test/v1"), Secret.of(KEY), Map.of(),
        RetryPolicy.DEFAULT, time.timing(), log);
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      List<Future<JsonNode>> answers = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        answers.add(pool.submit(() -> limited.post("/chat/completions", body())));
      }
      for (Future<JsonNode> answer : answers) {
        answer.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(calls).hasValue(2 * callers);
    assertThat(mostAtOnceAfterTheLimit.get()).as("half of the four in flight when the server said 429").isEqualTo(2);
    assertThat(log.warnings()).filteredOn(line -> line.contains("at most 2 requests at once to this server for now"))
        .hasSize(1);
  }
}
