package io.github.reviewagent.review.service;

import io.github.reviewagent.http.Secret;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the API key may come from, in the order they are tried: the environment variable, then the
 * password of a settings.xml server (decrypted by Maven's settings decrypter before it gets here). Holds no
 * key of its own but the server's password, as a {@link Secret}.
 *
 * @param environmentVariable review.apiKeyEnv, or null
 * @param serverId            review.serverId, or null
 * @param serverPassword      the decrypted password of that server, {@link Secret#NONE} when there is none
 */
public record KeySources(String environmentVariable, String serverId, Secret serverPassword) {

  /** Only the environment variable. */
  public static KeySources environment(String variable) {
    return new KeySources(variable, null, Secret.NONE);
  }

  public KeySources {
    environmentVariable = blankToNull(environmentVariable);
    serverId = blankToNull(serverId);
    serverPassword = serverPassword == null ? Secret.NONE : serverPassword;
  }

  /**
   * A key and where it came from.
   *
   * @param source for messages, e.g. {@code environment variable OPENAI_API_KEY}; never the key
   */
  public record ApiKey(Secret secret, String source) {}

  /** The first key found: the environment variable's value when set, else the server's password. */
  public Optional<ApiKey> find(Function<String, String> environment) {
    if (environmentVariable != null) {
      Secret value = Secret.of(environment.apply(environmentVariable));
      if (!value.isEmpty()) {
        return Optional.of(new ApiKey(value, "environment variable " + environmentVariable));
      }
    }
    if (serverId != null && !serverPassword.isEmpty()) {
      return Optional.of(new ApiKey(serverPassword, "the password of settings.xml server '" + serverId + "'"));
    }
    return Optional.empty();
  }

  /** Where a key would be looked for, for a message that asks the user to provide one. */
  public String describe() {
    String variable = environmentVariable == null ? null : "the environment variable " + environmentVariable + " (review.apiKeyEnv)";
    String server = serverId == null ? null : "the password of settings.xml server '" + serverId + "' (review.serverId)";
    if (variable != null && server != null) {
      return variable + " or " + server;
    }
    return variable != null ? variable : server != null ? server : "review.apiKeyEnv or review.serverId";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
