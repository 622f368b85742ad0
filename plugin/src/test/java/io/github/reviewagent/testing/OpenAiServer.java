package io.github.reviewagent.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A loopback {@link MockWebServer} that plays an OpenAI-compatible server turn by turn, and keeps both sides
 * honest: every scripted answer is checked against the spec's response schema when it is enqueued, every
 * request taken is checked against the spec's request schema. The base URL ends in {@code /v1}, like
 * OpenAI's; paths given to this class are relative to it.
 */
public final class OpenAiServer implements AutoCloseable {

  /** The server's base path, as in {@code https://api.openai.com/v1}. */
  public static final String BASE_PATH = "/v1";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockWebServer server = new MockWebServer();
  private final OpenApiSchemas spec = OpenApiSchemas.openAi();

  /** A request as the server saw it, with its JSON body (null when it had none). */
  public record Recorded(RecordedRequest request, JsonNode body) {

    public String header(String name) {
      return request.getHeaders().get(name);
    }

    public String query(String name) {
      return request.getUrl().queryParameter(name);
    }
  }

  public OpenAiServer() {
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code http://127.0.0.1:<port>/v1}. */
  public URI baseUrl() {
    return server.url(BASE_PATH).uri();
  }

  /** Enqueues a 200 answer to {@code method path}, after checking it against the spec. */
  public OpenAiServer ok(String method, String path, JsonNode body) {
    spec.assertResponse(method, path, 200, body);
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .body(body.toString()).build());
    return this;
  }

  /**
   * Enqueues an error answer whose body is checked against the spec's {@code ErrorResponse}.
   *
   * @param headers extra headers as {@code "Name: value"}
   */
  public OpenAiServer error(int status, JsonNode body, String... headers) {
    spec.assertComponent("ErrorResponse", body);
    MockResponse.Builder response = new MockResponse.Builder().code(status)
        .addHeader("Content-Type", "application/json").body(body.toString());
    for (String header : headers) {
      response.addHeader(header);
    }
    server.enqueue(response.build());
    return this;
  }

  /** Enqueues anything, for faults the spec does not describe (stalls, drops, garbage). */
  public OpenAiServer enqueue(MockResponse response) {
    server.enqueue(response);
    return this;
  }

  /**
   * Takes the next request, asserts its method and path, and checks its JSON body (if the operation takes
   * one) against the spec's request schema.
   */
  public Recorded take(String method, String path) {
    RecordedRequest request;
    try {
      request = server.takeRequest(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for " + method + " " + path, e);
    }
    assertThat(request).as("a request %s %s", method, path).isNotNull();
    String actualPath = request.getUrl().encodedPath();
    assertThat(request.getMethod() + " " + actualPath).isEqualTo(method + " " + BASE_PATH + path);
    JsonNode body = null;
    if (request.getBody() != null && request.getBody().size() > 0) {
      try {
        body = JSON.readTree(request.getBody().utf8());
      } catch (IOException e) {
        throw new AssertionError(method + " " + path + " sent a body that is not JSON: " + request.getBody().utf8(), e);
      }
      spec.assertRequest(method, path, body);
    }
    return new Recorded(request, body);
  }

  /**
   * Takes every request not taken yet and checks each JSON body against the spec, so that no request of a
   * test escapes validation; returns how many there were.
   */
  public int takeAndCheckTheRest() {
    int count = 0;
    while (true) {
      RecordedRequest request;
      try {
        request = server.takeRequest(50, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
      if (request == null) {
        return count;
      }
      count++;
      String path = request.getUrl().encodedPath();
      assertThat(path).startsWith(BASE_PATH);
      if (request.getBody() != null && request.getBody().size() > 0) {
        try {
          spec.assertRequest(request.getMethod(), path.substring(BASE_PATH.length()),
              JSON.readTree(request.getBody().utf8()));
        } catch (IOException e) {
          throw new AssertionError(request.getRequestLine() + " sent a body that is not JSON", e);
        }
      }
    }
  }

  public int requestCount() {
    return server.getRequestCount();
  }

  /** The underlying server, e.g. to set a dispatcher or use it as a proxy. */
  public MockWebServer mock() {
    return server;
  }

  @Override
  public void close() {
    server.close();
  }
}
