package io.github.reviewagent.review.service;

import io.github.reviewagent.http.ProxySettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * How to reach a model, and how much it may take. Never holds the API key as text: the key is looked up where
 * {@link #keys()} says when the review runs.
 *
 * @param provider         review.provider as configured, possibly {@code AUTO}
 * @param baseUrl          review.baseUrl, the OpenAI-compatible server's base URL
 * @param model            review.model
 * @param keys             where the API key may come from
 * @param failOnModelError review.failOnModelError: whether a model review that could not finish fails the build
 * @param limits           concurrency, budget, timeouts and the cache
 * @param proxy            the settings.xml proxy for the base URL, or {@link ProxySettings#NONE}
 * @param offline          Maven runs offline ({@code -o}): only a server on this machine may be called
 * @param guidelines       review.guidelines: documents or folders of the team's guidance, relative to the
 *                         repository root, searched by the model besides CONTRIBUTING.md and {@code .review/}
 */
public record ModelSettings(
    Provider provider,
    String baseUrl,
    String model,
    KeySources keys,
    boolean failOnModelError,
    ModelLimits limits,
    ProxySettings proxy,
    boolean offline,
    List<String> guidelines) {

  /** @throws IllegalArgumentException naming review.baseUrl or review.model when they cannot be used */
  public ModelSettings {
    url(baseUrl);
    if (model == null || model.isBlank()) {
      throw new IllegalArgumentException("review.model is empty: name the model to use, e.g. gpt-5-mini");
    }
    model = model.strip();
    proxy = proxy == null ? ProxySettings.NONE : proxy;
    guidelines = guidelines == null ? List.of() : guidelines.stream().map(String::strip).filter(g -> !g.isEmpty()).toList();
  }

  /** The base URL, checked. */
  public URI url() {
    return url(baseUrl);
  }

  private static URI url(String value) {
    String problem;
    try {
      URI uri = new URI(value == null ? "" : value.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri;
      }
      problem = "it is not an http(s) URL with a host";
    } catch (URISyntaxException e) {
      problem = e.getReason();
    }
    throw new IllegalArgumentException(
        "review.baseUrl has the value '" + value + "' (" + problem + "); use the server's API address, e.g."
            + " https://api.openai.com/v1 or http://localhost:11434/v1");
  }
}
