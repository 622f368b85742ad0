package io.github.reviewagent.provider;

import io.github.reviewagent.http.HttpLog;
import io.github.reviewagent.http.JsonApi;
import io.github.reviewagent.http.OkHttpTransport;
import io.github.reviewagent.http.Timing;
import java.util.Map;

/** Creates the {@link ModelProvider} for a protocol. */
public final class ModelProviders {

  private ModelProviders() {}

  /** A provider that talks to the server in {@code settings}, logging retries and calls to {@code log}. */
  public static ModelProvider create(ProviderSettings settings, HttpLog log) {
    return create(settings, log, Timing.system());
  }

  /** As {@link #create(ProviderSettings, HttpLog)}, with the clock, sleeps and jitter given (for tests). */
  public static ModelProvider create(ProviderSettings settings, HttpLog log, Timing timing) {
    Map<String, String> headers = settings.kind() == ProviderKind.ASSISTANTS ? AssistantsProvider.BETA_HEADER : Map.of();
    JsonApi api = new JsonApi(new OkHttpTransport(settings.http()), settings.baseUrl(), settings.apiKey(), headers,
        settings.http().retry(), timing, log);
    return switch (settings.kind()) {
      case CHAT -> new ChatProvider(api, settings);
      case RESPONSES -> new ResponsesProvider(api, settings);
      case ASSISTANTS -> new AssistantsProvider(api, settings, timing, log);
    };
  }
}
