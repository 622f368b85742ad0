package io.github.reviewagent.http;

import java.time.Duration;

/**
 * How to talk to a model server.
 *
 * @param connectTimeout the longest wait for a connection
 * @param readTimeout    the longest silence while waiting for or reading the answer; a non-streamed model
 *                       answer sends nothing until it is complete, so this covers the model's thinking
 * @param callTimeout    the deadline for one whole attempt: connect, send, wait, read
 * @param retry          the retry policy
 * @param proxy          the proxy, or {@link ProxySettings#NONE}
 * @param offline        Maven runs with {@code -o}: only loopback hosts may be called
 */
public record HttpSettings(
    Duration connectTimeout, Duration readTimeout, Duration callTimeout, RetryPolicy retry, ProxySettings proxy,
    boolean offline) {

  public HttpSettings {
    proxy = proxy == null ? ProxySettings.NONE : proxy;
  }

  /** 10 s to connect, 5 min to answer, 10 min per attempt, {@link RetryPolicy#DEFAULT}, direct, online. */
  public static HttpSettings defaults() {
    return new HttpSettings(
        Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofMinutes(10), RetryPolicy.DEFAULT,
        ProxySettings.NONE, false);
  }

  public HttpSettings withRetry(RetryPolicy newRetry) {
    return new HttpSettings(connectTimeout, readTimeout, callTimeout, newRetry, proxy, offline);
  }

  public HttpSettings withTimeouts(Duration connect, Duration read, Duration call) {
    return new HttpSettings(connect, read, call, retry, proxy, offline);
  }

  public HttpSettings withProxy(ProxySettings newProxy) {
    return new HttpSettings(connectTimeout, readTimeout, callTimeout, retry, newProxy, offline);
  }

  public HttpSettings withOffline(boolean newOffline) {
    return new HttpSettings(connectTimeout, readTimeout, callTimeout, retry, proxy, newOffline);
  }
}
