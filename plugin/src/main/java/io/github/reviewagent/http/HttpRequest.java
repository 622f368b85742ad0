package io.github.reviewagent.http;

import java.net.URI;
import java.util.Map;

/**
 * One HTTP request as the {@link Transport} sends it.
 *
 * @param method  {@code GET}, {@code POST} or {@code DELETE}
 * @param headers header names and values; may hold the API key, so never log them
 * @param body    the JSON body, or null for none
 */
public record HttpRequest(String method, URI url, Map<String, String> headers, String body) {

  public HttpRequest {
    headers = Map.copyOf(headers);
  }

  /** {@code METHOD host/path} without query or headers: safe to log. */
  @Override
  public String toString() {
    return method + " " + url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "") + url.getPath();
  }
}
