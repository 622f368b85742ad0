package io.github.reviewagent.http;

import java.io.IOException;

/**
 * Sends one HTTP request, once. The seam under {@link JsonApi}: {@link OkHttpTransport} in production, a
 * scripted fake in tests. Retrying is not its business; {@link JsonApi} does that, by {@link RetryPolicy}.
 */
public interface Transport extends AutoCloseable {

  /**
   * Sends the request and reads the whole response.
   *
   * @throws IOException when no response arrives: refused or dropped connection, timeout, offline guard
   */
  HttpResponse execute(HttpRequest request) throws IOException;

  /** Releases connections and threads; never throws. */
  @Override
  void close();
}
