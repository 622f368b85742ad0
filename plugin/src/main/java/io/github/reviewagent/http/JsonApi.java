package io.github.reviewagent.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * JSON calls to one model server: {@code POST}, {@code GET} and {@code DELETE} relative to its base URL, with
 * the API key as a bearer token, under the one {@link RetryPolicy}. Every failure ends as an
 * {@link HttpFailure} whose text holds no credential. Requests from all threads share one {@link RateGate}, so
 * a rate limit slows every caller down. Thread-safe.
 */
public final class JsonApi implements AutoCloseable {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MAX_SERVER_TEXT = 300;

  private final Transport transport;
  private final String baseUrl;
  private final String host;
  private final Secret apiKey;
  private final Map<String, String> headers;
  private final RetryPolicy retry;
  private final Timing timing;
  private final HttpLog log;
  private final RateGate gate;

  /**
   * @param baseUrl      e.g. {@code https://api.openai.com/v1}; paths are appended to it
   * @param extraHeaders sent with every request, e.g. {@code OpenAI-Beta}; never credentials
   */
  public JsonApi(Transport transport, URI baseUrl, Secret apiKey, Map<String, String> extraHeaders,
      RetryPolicy retry, Timing timing, HttpLog log) {
    this.transport = transport;
    String base = baseUrl.toString();
    this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.host = baseUrl.getHost() + (baseUrl.getPort() > 0 ? ":" + baseUrl.getPort() : "");
    this.apiKey = apiKey;
    Map<String, String> all = new LinkedHashMap<>();
    all.put("Accept", "application/json");
    all.put("User-Agent", "review-agent");
    all.putAll(extraHeaders);
    if (!apiKey.isEmpty()) {
      all.put("Authorization", "Bearer " + apiKey.reveal());
    }
    this.headers = Map.copyOf(all);
    this.retry = retry;
    this.timing = timing;
    this.log = log;
    this.gate = new RateGate(timing);
  }

  /** {@code host} or {@code host:port} of the base URL, for messages. */
  public String host() {
    return host;
  }

  public JsonNode post(String path, JsonNode body) throws HttpFailure {
    return call("POST", path, body);
  }

  /** @param path may carry a query string */
  public JsonNode get(String path) throws HttpFailure {
    return call("GET", path, null);
  }

  public JsonNode delete(String path) throws HttpFailure {
    return call("DELETE", path, null);
  }

  private JsonNode call(String method, String path, JsonNode body) throws HttpFailure {
    Map<String, String> requestHeaders = headers;
    if (body != null) {
      requestHeaders = new LinkedHashMap<>(headers);
      requestHeaders.put("Content-Type", "application/json");
    }
    HttpRequest request = new HttpRequest(
        method, URI.create(baseUrl + path), requestHeaders, body == null ? null : body.toString());
    int query = path.indexOf('?');
    String what = method + " " + (query < 0 ? path : path.substring(0, query));
    for (int attempt = 1; ; attempt++) {
      RateGate.Pass pass = admit(what, attempt);
      long started = timing.clock().millis();
      HttpResponse response;
      try {
        response = transport.execute(request);
      } catch (IOException e) {
        gate.failed();
        HttpFailure.Reason reason = HttpFailure.Reason.of(e);
        log.debug(what + " on " + host + ": " + reason.name().toLowerCase(Locale.ROOT));
        if (!retry.retryable(reason) || attempt >= retry.maxAttempts()) {
          throw new HttpFailure(reason, what, host, 0, null, "", attempt, null, e);
        }
        pause(retry.backoff(attempt, timing.random()), what, reason.name().toLowerCase(Locale.ROOT), attempt, "");
        continue;
      } catch (RuntimeException e) {
        gate.failed();
        throw e;
      }
      log.debug(what + " on " + host + ": HTTP " + response.status() + " in "
          + (timing.clock().millis() - started) + " ms");
      int status = response.successful() ? errorInBody(response.body()).orElse(response.status()) : response.status();
      if (status == response.status() && response.successful()) {
        gate.succeeded(pass);
        return parse(response, what, attempt);
      }
      ServerError error = ServerError.parse(response.body(), apiKey);
      Optional<Duration> asked = retry.serverDelay(response, timing.clock());
      boolean tooLong = asked.isPresent() && asked.get().compareTo(retry.maxDelay()) > 0;
      boolean retryable = retry.retryable(status, error.code());
      Duration wait = asked.isPresent() ? asked.get() : retry.backoff(attempt, timing.random());
      String slower = "";
      if (status == 429 && retryable) {
        int lowered = gate.rateLimited(pass, tooLong ? Duration.ZERO : wait);
        slower = lowered == 0 ? "" : "; at most " + lowered + (lowered == 1 ? " request" : " requests")
            + " at once to this server for now";
      } else {
        gate.failed();
      }
      if (!retryable || attempt >= retry.maxAttempts() || tooLong) {
        throw new HttpFailure(HttpFailure.Reason.STATUS, what, host, status, error.code(),
            error.message(), attempt, asked.orElse(null), null);
      }
      String problem = "HTTP " + status + (error.code() == null ? "" : " (" + error.code() + ")");
      pause(wait, what, problem, attempt, slower);
    }
  }

  private RateGate.Pass admit(String what, int attempt) throws HttpFailure {
    try {
      return gate.enter();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HttpFailure(HttpFailure.Reason.INTERRUPTED, what, host, 0, null, "", attempt, null, e);
    }
  }

  /** @param slower how the rate limit changed, or empty */
  private void pause(Duration wait, String what, String problem, int attempt, String slower) throws HttpFailure {
    log.warn(String.format(Locale.ROOT, "%s on %s: %s; retry %d of %d in %.1f s%s", what, host, problem, attempt,
        retry.maxAttempts() - 1, wait.toMillis() / 1000.0, slower));
    try {
      timing.sleeper().sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HttpFailure(HttpFailure.Reason.INTERRUPTED, what, host, 0, null, "", attempt, null, e);
    }
  }

  /**
   * The status a 2xx answer stands for when its body is only an error: gateways such as OpenRouter send 200
   * before the upstream model runs and report its failure in the body, {@code {"error": {"code": 502, ...}}}.
   * A protocol object with an error of its own (a failed response: {@code "object": "response"}), or an answer
   * that has its choices or output after all, is none.
   */
  private static OptionalInt errorInBody(String body) {
    if (!body.contains("\"error\"")) {
      return OptionalInt.empty();
    }
    JsonNode json;
    try {
      json = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      return OptionalInt.empty();
    }
    if (json == null || !json.path("error").isObject() || json.has("object") || json.has("choices") || json.has("output")) {
      return OptionalInt.empty();
    }
    JsonNode code = json.path("error").path("code");
    if (code.canConvertToInt() && code.asInt() >= 400 && code.asInt() < 600) {
      return OptionalInt.of(code.asInt());
    }
    String text = code.asText("");
    return OptionalInt.of(text.equals("rate_limit_exceeded") || text.equals("insufficient_quota") ? 429 : 502);
  }

  private JsonNode parse(HttpResponse response, String what, int attempt) throws HttpFailure {
    try {
      JsonNode json = MAPPER.readTree(response.body());
      if (json != null && json.isObject()) {
        return json;
      }
    } catch (JsonProcessingException e) {
      // reported below, without Jackson's message, which quotes the body at length
    }
    String start = response.body().strip();
    start = start.length() > 80 ? start.substring(0, 80) + "..." : start;
    throw new HttpFailure(HttpFailure.Reason.MALFORMED, what, host, response.status(), null,
        "not a JSON object: " + apiKey.redact(start), attempt, null, null);
  }

  @Override
  public void close() {
    transport.close();
  }

  /** The {@code error} of an error response, in OpenAI's shape or the usual variants of compatible servers. */
  private record ServerError(String code, String message) {

    static ServerError parse(String body, Secret apiKey) {
      JsonNode json;
      try {
        json = MAPPER.readTree(body);
      } catch (JsonProcessingException e) {
        json = null;
      }
      if (json == null || !json.isObject()) {
        return new ServerError(null, shorten(apiKey.redact(body.strip())));
      }
      JsonNode error = json.path("error");
      String message;
      String code = null;
      if (error.isObject()) {
        message = error.path("message").asText("");
        code = textOrNull(error.path("code"));
        code = code != null ? code : textOrNull(error.path("type"));
      } else if (error.isTextual()) {
        message = error.asText();
      } else {
        message = json.path("message").isTextual() ? json.path("message").asText() : json.path("detail").toString();
      }
      return new ServerError(code == null ? null : apiKey.redact(code), shorten(apiKey.redact(message)));
    }

    private static String textOrNull(JsonNode node) {
      return node.isValueNode() && !node.isNull() && !node.asText().isEmpty() ? node.asText() : null;
    }

    private static String shorten(String text) {
      String oneLine = text.replaceAll("\\s+", " ").strip();
      if ("\"\"".equals(oneLine) || "null".equals(oneLine)) {
        return "";
      }
      return oneLine.length() > MAX_SERVER_TEXT ? oneLine.substring(0, MAX_SERVER_TEXT) + "..." : oneLine;
    }
  }
}
