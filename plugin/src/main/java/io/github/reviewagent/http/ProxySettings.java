package io.github.reviewagent.http;

import java.net.Proxy;

/**
 * The proxy to reach the model server through (from a settings.xml {@code <proxy>} that applies to its host).
 *
 * @param username null when the proxy needs no credentials
 * @param password the proxy password, kept as a {@link Secret}
 */
public record ProxySettings(Proxy proxy, String username, Secret password) {

  /** A direct connection. */
  public static final ProxySettings NONE = new ProxySettings(Proxy.NO_PROXY, null, Secret.NONE);

  public ProxySettings {
    password = password == null ? Secret.NONE : password;
  }

  boolean authenticates() {
    return username != null && !username.isEmpty();
  }
}
