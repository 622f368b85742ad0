package io.github.reviewagent.provider;

import io.github.reviewagent.http.HttpSettings;
import io.github.reviewagent.http.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything {@link ModelProviders#create} needs to reach a model server.
 *
 * @param kind         the protocol
 * @param baseUrl      {@code review.baseUrl}, e.g. {@code https://api.openai.com/v1}
 * @param model        {@code review.model}
 * @param apiKey       the key, or {@link Secret#NONE} for a server that wants none
 * @param apiKeySource where the key came from, for messages: {@code environment variable OPENAI_API_KEY} or
 *                     {@code settings.xml server 'openai'}; never the key itself
 * @param http         timeouts, retries, proxy and the offline flag
 * @param runTimeout   Assistants only: how long one turn's run may take before it is cancelled
 */
public record ProviderSettings(
    ProviderKind kind, URI baseUrl, String model, Secret apiKey, String apiKeySource, HttpSettings http,
    Duration runTimeout) {

  /** Assistants runs get ten minutes a turn by default, as long as the server keeps a run waiting for tools. */
  public static final Duration DEFAULT_RUN_TIMEOUT = Duration.ofMinutes(10);

  public ProviderSettings {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(baseUrl, "baseUrl");
    if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme()) || baseUrl.getHost() == null) {
      throw new IllegalArgumentException("review.baseUrl must be an http(s) URL such as https://api.openai.com/v1, was "
          + baseUrl.getScheme() + "://" + baseUrl.getHost());
    }
    if (model == null || model.isBlank()) {
      throw new IllegalArgumentException("review.model is empty: name the model to use");
    }
    apiKey = apiKey == null ? Secret.NONE : apiKey;
    apiKeySource = apiKeySource == null ? "the configured API key" : apiKeySource;
    http = http == null ? HttpSettings.defaults() : http;
    runTimeout = runTimeout == null ? DEFAULT_RUN_TIMEOUT : runTimeout;
  }

  /** Settings with default HTTP behaviour and run timeout. */
  public static ProviderSettings of(ProviderKind kind, URI baseUrl, String model, Secret apiKey, String apiKeySource) {
    return new ProviderSettings(kind, baseUrl, model, apiKey, apiKeySource, HttpSettings.defaults(), DEFAULT_RUN_TIMEOUT);
  }

  public ProviderSettings withHttp(HttpSettings newHttp) {
    return new ProviderSettings(kind, baseUrl, model, apiKey, apiKeySource, newHttp, runTimeout);
  }
}
