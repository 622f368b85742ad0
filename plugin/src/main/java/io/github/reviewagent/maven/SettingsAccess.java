package io.github.reviewagent.maven;

import io.github.reviewagent.http.OkHttpTransport;
import io.github.reviewagent.http.ProxySettings;
import io.github.reviewagent.http.Secret;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * What settings.xml says about reaching the model server: the password of the {@code <server>} named by
 * review.serverId (the API key) and the {@code <proxy>} for the server's URL. Passwords are decrypted the
 * Maven way (settings-security.xml), and leave this class only as {@link Secret}s.
 */
final class SettingsAccess {

  private static final Pattern SEPARATORS = Pattern.compile("[|,]");

  private final Settings settings;
  private final SettingsDecrypter decrypter;

  /** @param settings the build's settings, or null for none */
  SettingsAccess(Settings settings, SettingsDecrypter decrypter) {
    this.settings = settings == null ? new Settings() : settings;
    this.decrypter = decrypter;
  }

  /**
   * The decrypted password of a server, {@link Secret#NONE} when it has none.
   *
   * @throws IllegalArgumentException naming review.serverId when the server is missing or its password cannot be
   *     decrypted; the message holds no password
   */
  Secret serverPassword(String serverId) {
    if (serverId == null || serverId.isBlank()) {
      return Secret.NONE;
    }
    String id = serverId.strip();
    Server server = settings.getServer(id);
    if (server == null) {
      throw new IllegalArgumentException(
          "review.serverId is '" + id + "', but settings.xml has no <server> with that id: add one whose <password>"
              + " is the API key (encrypted with mvn --encrypt-password if you like), or give the key in the"
              + " environment variable named by review.apiKeyEnv instead");
    }
    SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
    Secret stored = Secret.of(server.getPassword());
    failOnProblems(result.getProblems(), "the password of settings.xml server '" + id + "' (review.serverId)", stored);
    return Secret.of(result.getServer().getPassword());
  }

  /**
   * The proxy to reach {@code baseUrl} through, as Maven picks one: the first active {@code <proxy>} whose
   * protocol is the URL's and whose {@code nonProxyHosts} does not name its host; for an https URL without one,
   * the first such proxy for http (Maven reaches https repositories through those too, and http is what most
   * settings.xml declare). A server on this machine is always reached directly. A base URL that cannot be parsed
   * gets no proxy (the review's settings reject it).
   *
   * @throws IllegalArgumentException when the proxy's password cannot be decrypted
   */
  ProxySettings proxyFor(String baseUrl) {
    URI url;
    try {
      url = URI.create(baseUrl == null ? "" : baseUrl.strip());
    } catch (IllegalArgumentException e) {
      return ProxySettings.NONE;
    }
    if (url.getScheme() == null || url.getHost() == null || OkHttpTransport.isLoopback(url.getHost())) {
      return ProxySettings.NONE;
    }
    Proxy chosen = firstFor(url.getScheme(), url.getHost());
    if (chosen == null && url.getScheme().equalsIgnoreCase("https")) {
      chosen = firstFor("http", url.getHost());
    }
    return chosen == null ? ProxySettings.NONE : decrypted(chosen);
  }

  private Proxy firstFor(String protocol, String host) {
    for (Proxy proxy : settings.getProxies()) {
      if (proxy.isActive() && protocol.equalsIgnoreCase(proxy.getProtocol()) && !excluded(proxy.getNonProxyHosts(), host)) {
        return proxy;
      }
    }
    return null;
  }

  private ProxySettings decrypted(Proxy proxy) {
    SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(proxy));
    String what = "the password of settings.xml proxy '" + proxy.getId() + "'";
    failOnProblems(result.getProblems(), what, Secret.of(proxy.getPassword()));
    Proxy plain = result.getProxy();
    return new ProxySettings(
        new java.net.Proxy(java.net.Proxy.Type.HTTP, InetSocketAddress.createUnresolved(plain.getHost(), plain.getPort())),
        plain.getUsername(),
        Secret.of(plain.getPassword()));
  }

  /** Whether {@code nonProxyHosts} ({@code *.corp.example|localhost}, wildcards, case-insensitive) names the host. */
  static boolean excluded(String nonProxyHosts, String host) {
    if (nonProxyHosts == null) {
      return false;
    }
    String name = host.toLowerCase(Locale.ROOT);
    for (String pattern : SEPARATORS.split(nonProxyHosts)) {
      String glob = pattern.strip().toLowerCase(Locale.ROOT);
      if (glob.isEmpty()) {
        continue;
      }
      String regex = Pattern.quote(glob).replace("*", "\\E.*\\Q");
      if (name.matches(regex)) {
        return true;
      }
    }
    return false;
  }

  private static void failOnProblems(List<SettingsProblem> problems, String what, Secret stored) {
    for (SettingsProblem problem : problems) {
      if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
        throw new IllegalArgumentException(
            what + " could not be decrypted: " + stored.redact(problem.getMessage())
                + ". Check the master password in ~/.m2/settings-security.xml, or encrypt the password again with"
                + " mvn --encrypt-password");
      }
    }
  }
}
