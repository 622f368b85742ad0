package io.github.reviewagent.review.service;

import java.util.function.Function;

/**
 * How to reach a model. Never holds the API key itself, only where to find it.
 *
 * @param provider         as configured, possibly {@code AUTO}
 * @param baseUrl          the OpenAI-compatible server's base URL
 * @param model            the model name
 * @param apiKeyEnv        the environment variable holding the key
 * @param serverId         a settings.xml server whose password is the key, or null
 * @param failOnModelError whether a model that cannot review fails the build
 */
public record ModelSettings(
    Provider provider, String baseUrl, String model, String apiKeyEnv, String serverId, boolean failOnModelError) {

  /** The provider to use: {@code AUTO} becomes {@code CHAT} when a key is configured, else {@code OFFLINE}. */
  public Provider resolve(Function<String, String> environment) {
    if (provider != Provider.AUTO) {
      return provider;
    }
    String key = apiKeyEnv == null || apiKeyEnv.isBlank() ? null : environment.apply(apiKeyEnv);
    boolean found = (key != null && !key.isBlank()) || (serverId != null && !serverId.isBlank());
    return found ? Provider.CHAT : Provider.OFFLINE;
  }
}
