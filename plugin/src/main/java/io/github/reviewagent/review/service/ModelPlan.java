package io.github.reviewagent.review.service;

import io.github.reviewagent.http.OkHttpTransport;
import io.github.reviewagent.http.Secret;
import io.github.reviewagent.provider.ProviderKind;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether and how a model takes part in the review, decided before anything is read. The rules:
 *
 * <ul>
 *   <li>{@code offline}: never.
 *   <li>{@code auto}: {@code chat} when a key is found, else offline; also offline (with a line in the log) when
 *       Maven runs offline and the server is not this machine: {@code auto} never asks for more than it can get.
 *   <li>{@code chat}, {@code responses}, {@code assistants}: the user asked for a model, so a model that cannot
 *       be used makes the review partial (and, with review.failOnModelError, fails the build): when Maven runs
 *       offline and the server is not this machine, or when no key is found for a server that is not this
 *       machine. A server on this machine (Ollama, a llama.cpp or vLLM server, a test double) is called without
 *       a key when none is found: local servers usually want none, and one that does says so with a 401.
 * </ul>
 */
sealed interface ModelPlan {

  /** Only the offline reviewer runs. @param info a line for the log about why, or null */
  record OfflineOnly(String info) implements ModelPlan {}

  /** A model was asked for but cannot be used. @param problem one sentence: why, and what to do */
  record Unavailable(Provider provider, String problem) implements ModelPlan {}

  /**
   * The model reviews.
   *
   * @param key       the key, or {@link Secret#NONE} for a server on this machine that gets none
   * @param keySource where it came from, or where one would be looked for; never the key
   */
  record Run(ProviderKind kind, Secret key, String keySource) implements ModelPlan {}

  static ModelPlan of(ModelSettings settings, Function<String, String> environment) {
    Provider provider = settings.provider();
    if (provider == Provider.OFFLINE) {
      return new OfflineOnly(null);
    }
    Optional<KeySources.ApiKey> key = settings.keys().find(environment);
    String host = settings.url().getHost();
    boolean local = OkHttpTransport.isLoopback(host);
    if (provider == Provider.AUTO) {
      if (key.isEmpty()) {
        return new OfflineOnly(null);
      }
      if (settings.offline() && !local) {
        return new OfflineOnly(
            "Maven runs offline (-o): no model review (review.provider=auto found an API key in " + key.get().source()
                + ", but " + host + " is not this machine); only the offline reviewer runs.");
      }
      return new Run(ProviderKind.CHAT, key.get().secret(), key.get().source());
    }
    ProviderKind kind = ProviderKind.fromId(provider.id());
    if (settings.offline() && !local) {
      return new Unavailable(
          provider,
          "Maven runs offline (-o) and " + host + " (review.baseUrl) is not this machine: run without -o, point"
              + " review.baseUrl at a server on this machine, or use review.provider=offline");
    }
    if (key.isPresent()) {
      return new Run(kind, key.get().secret(), key.get().source());
    }
    if (!local) {
      return new Unavailable(
          provider,
          "no API key was found for " + host + ": set " + settings.keys().describe()
              + ", or use review.provider=offline");
    }
    return new Run(kind, Secret.NONE, settings.keys().describe());
  }
}
