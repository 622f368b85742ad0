package io.github.reviewagent.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reviewagent.testing.OpenAiServer;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The OkHttp transport against a real loopback socket: timeouts, drops, the offline guard, proxies. */
class OkHttpTransportTest {

  private static final HttpSettings FAST = HttpSettings.defaults()
      .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofSeconds(5));

  private final OpenAiServer server = new OpenAiServer();

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpRequest get(URI url) {
    return new HttpRequest("GET", url, Map.of("Authorization", "Bearer sk-never-logged"), null);
  }

  @Test
  void readsStatusHeadersAndBody() throws Exception {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1").body("{\"a\":1}").build());
    try (OkHttpTransport transport = new OkHttpTransport(FAST)) {
      HttpResponse response = transport.execute(get(server.baseUrl()));
      assertThat(response.status()).isEqualTo(429);
      assertThat(response.header("retry-after")).contains("1");
      assertThat(response.body()).isEqualTo("{\"a\":1}");
    }
  }

  @Test
  void aStalledAnswerIsATimeout() {
    server.enqueue(new MockResponse.Builder().body("{}").headersDelay(2, TimeUnit.SECONDS).build());
    try (OkHttpTransport transport = new OkHttpTransport(FAST)) {
      IOException e = org.assertj.core.api.Assertions.catchThrowableOfType(IOException.class,
          () -> transport.execute(get(server.baseUrl())));
      assertThat(HttpFailure.Reason.of(e)).isEqualTo(HttpFailure.Reason.TIMEOUT);
    }
  }

  @Test
  void aDroppedConnectionIsDropped() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    try (OkHttpTransport transport = new OkHttpTransport(FAST)) {
      IOException e = org.assertj.core.api.Assertions.catchThrowableOfType(IOException.class,
          () -> transport.execute(get(server.baseUrl())));
      assertThat(HttpFailure.Reason.of(e)).isEqualTo(HttpFailure.Reason.DROPPED);
    }
  }

  @Test
  void offlineOnlyLoopbackHostsMayBeCalled() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{}").build());
    try (OkHttpTransport transport = new OkHttpTransport(FAST.withOffline(true))) {
      assertThat(transport.execute(get(server.baseUrl())).status()).isEqualTo(200);
      assertThatThrownBy(() -> transport.execute(get(URI.create("https://api.openai.com/v1/models"))))
          .isInstanceOf(OfflineException.class).hasMessageContaining("api.openai.com");
    }
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void knowsLoopbackWithoutAskingDns() {
    assertThat(OkHttpTransport.isLoopback("localhost")).isTrue();
    assertThat(OkHttpTransport.isLoopback("127.0.0.1")).isTrue();
    assertThat(OkHttpTransport.isLoopback("127.8.9.10")).isTrue();
    assertThat(OkHttpTransport.isLoopback("::1")).isTrue();
    assertThat(OkHttpTransport.isLoopback("[::1]")).isTrue();
    assertThat(OkHttpTransport.isLoopback("10.0.0.1")).isFalse();
    assertThat(OkHttpTransport.isLoopback("api.openai.com")).isFalse();
    assertThat(OkHttpTransport.isLoopback("localhost.evil.test")).isFalse();
  }

  @Test
  void goesThroughAnAuthenticatingProxy() throws Exception {
    // The loopback server plays the proxy: the target host is never resolved or contacted.
    server.enqueue(new MockResponse.Builder().code(407).addHeader("Proxy-Authenticate", "Basic realm=\"corp\"").build());
    server.enqueue(new MockResponse.Builder().body("{\"via\":\"proxy\"}").build());
    ProxySettings proxy = new ProxySettings(server.mock().getProxyAddress(), "alice", Secret.of("proxy-pass"));
    try (OkHttpTransport transport = new OkHttpTransport(FAST.withProxy(proxy))) {
      HttpResponse response = transport.execute(get(URI.create("http://api.example.test/v1/models")));
      assertThat(response.body()).isEqualTo("{\"via\":\"proxy\"}");
    }
    RecordedRequest first = server.mock().takeRequest();
    RecordedRequest second = server.mock().takeRequest();
    assertThat(first.getRequestLine()).isEqualTo("GET http://api.example.test/v1/models HTTP/1.1");
    assertThat(first.getHeaders().get("Proxy-Authorization")).isNull();
    assertThat(second.getHeaders().get("Proxy-Authorization")).isEqualTo(okhttp3.Credentials.basic("alice", "proxy-pass"));
    assertThat(proxy.toString()).doesNotContain("proxy-pass");
  }

  @Test
  void doesNotFollowRedirects() throws Exception {
    server.enqueue(new MockResponse.Builder().code(301).addHeader("Location", "https://elsewhere.test/").build());
    try (OkHttpTransport transport = new OkHttpTransport(FAST)) {
      assertThat(transport.execute(get(server.baseUrl())).status()).isEqualTo(301);
    }
    assertThat(server.requestCount()).isEqualTo(1);
  }
}
