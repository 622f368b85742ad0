package io.github.reviewagent.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reviewagent.http.ProxySettings;
import io.github.reviewagent.http.Secret;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.cipher.PlexusCipherException;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

/**
 * Server passwords and proxies from settings.xml, decrypted by Maven's own decrypter with a master password in a
 * settings-security.xml, as {@code mvn --encrypt-master-password} and {@code mvn --encrypt-password} make them.
 */
class SettingsAccessTest {

  private static final String MASTER = "master-of-the-build";
  private static final String KEY = "sk-proj-FROM-SETTINGS-0123456789abcdef";

  @TempDir Path dir;

  private final DefaultPlexusCipher cipher = new DefaultPlexusCipher();
  private final Settings settings = new Settings();
  private SettingsAccess access;

  @BeforeEach
  void masterPassword() throws Exception {
    Path security = dir.resolve("settings-security.xml");
    Files.writeString(
        security,
        "<settingsSecurity><master>" + cipher.encryptAndDecorate(MASTER, DefaultSecDispatcher.SYSTEM_PROPERTY_SEC_LOCATION)
            + "</master></settingsSecurity>");
    DefaultSecDispatcher dispatcher = new DefaultSecDispatcher(cipher, Map.of(), security.toString());
    access = new SettingsAccess(settings, new DefaultSettingsDecrypter(dispatcher));
  }

  private String encrypted(String password) throws Exception {
    return cipher.encryptAndDecorate(password, MASTER);
  }

  /**
   * A password encrypted with another master password. The cipher has no integrity check: now and then such a
   * password decrypts, to garbage, under ours; those are skipped, as no code can tell them apart.
   */
  private String undecryptable() throws Exception {
    for (int i = 0; ; i++) {
      String candidate = cipher.encryptAndDecorate(KEY, "another-master");
      try {
        cipher.decryptDecorated(candidate, MASTER);
      } catch (PlexusCipherException e) {
        return candidate;
      }
      assertThat(i).as("one in a few hundred decrypts by chance, not a hundred in a row").isLessThan(100);
    }
  }

  private void server(String id, String password) {
    Server server = new Server();
    server.setId(id);
    server.setPassword(password);
    settings.addServer(server);
  }

  private Proxy proxy(String id, String protocol, String host, String nonProxyHosts) {
    Proxy proxy = new Proxy();
    proxy.setId(id);
    proxy.setProtocol(protocol);
    proxy.setHost(host);
    proxy.setPort(3128);
    proxy.setNonProxyHosts(nonProxyHosts);
    settings.addProxy(proxy);
    return proxy;
  }

  @Test
  void anEncryptedServerPasswordIsDecryptedAndAPlainOneKept() throws Exception {
    server("openai", encrypted(KEY));
    server("local", "plain-key");
    server("empty", null);

    assertThat(access.serverPassword("openai").reveal()).isEqualTo(KEY);
    assertThat(access.serverPassword(" local ").reveal()).isEqualTo("plain-key");
    assertThat(access.serverPassword("empty")).isEqualTo(Secret.NONE);
    assertThat(access.serverPassword(null)).isEqualTo(Secret.NONE);
  }

  @Test
  void aPasswordThatDoesNotDecryptNamesTheServerNeverThePassword() throws Exception {
    String foreign = undecryptable();
    server("openai", foreign);

    assertThatThrownBy(() -> access.serverPassword("openai"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the password of settings.xml server 'openai' (review.serverId) could not be decrypted")
        .hasMessageContaining("settings-security.xml")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY).doesNotContain(foreign));
  }

  @Test
  void aMissingServerIsNamed() {
    assertThatThrownBy(() -> access.serverPassword("openai"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("review.serverId is 'openai', but settings.xml has no <server> with that id");
  }

  @Test
  void theFirstActiveProxyOfTheUrlsProtocolThatDoesNotExcludeItsHost() throws Exception {
    proxy("plain-http", "http", "http-proxy.corp.example", null);
    proxy("inactive", "https", "off.corp.example", null).setActive(false);
    proxy("excluding", "https", "excluding.corp.example", "localhost|*.OpenAI.com|*.internal.example");
    Proxy chosen = proxy("corp", "https", "proxy.corp.example", "*.internal.example");
    chosen.setUsername("alice");
    chosen.setPassword(encrypted("proxy-secret"));

    ProxySettings proxy = access.proxyFor("https://api.openai.com/v1");

    assertThat(proxy.proxy().type()).isEqualTo(java.net.Proxy.Type.HTTP);
    assertThat(proxy.proxy().address()).isEqualTo(InetSocketAddress.createUnresolved("proxy.corp.example", 3128));
    assertThat(proxy.username()).isEqualTo("alice");
    assertThat(proxy.password().reveal()).isEqualTo("proxy-secret");
    assertThat(access.proxyFor("http://llm.corp.example/v1").proxy().address())
        .isEqualTo(InetSocketAddress.createUnresolved("http-proxy.corp.example", 3128));
    assertThat(access.proxyFor("https://llm.internal.example/v1").proxy().address())
        .as("no https proxy is for this host, so the http one is, as in Maven")
        .isEqualTo(InetSocketAddress.createUnresolved("http-proxy.corp.example", 3128));
  }

  @Test
  void anHttpsUrlGoesThroughAnHttpProxyWhenNoneIsForHttpsAsMavenDoes() {
    // settings.xml proxies are usually declared for http only (the default protocol), and Maven reaches
    // https://repo.maven.apache.org through them.
    proxy("excluding", "http", "excluding.corp.example", "*.openai.com");
    proxy("corp", "http", "proxy.corp.example", null);
    proxy("later", "http", "later.corp.example", null);

    assertThat(access.proxyFor("https://api.openai.com/v1").proxy().address())
        .isEqualTo(InetSocketAddress.createUnresolved("proxy.corp.example", 3128));

    proxy("secure", "https", "secure.corp.example", null);
    assertThat(access.proxyFor("https://api.openai.com/v1").proxy().address())
        .as("one for https wins over one for http, wherever it is declared")
        .isEqualTo(InetSocketAddress.createUnresolved("secure.corp.example", 3128));
    assertThat(access.proxyFor("http://llm.corp.example/v1").proxy().address())
        .as("an http URL never takes the https proxy")
        .isEqualTo(InetSocketAddress.createUnresolved("excluding.corp.example", 3128));
  }

  @Test
  void aServerOnThisMachineIsNeverProxiedNorIsABadUrl() {
    proxy("corp", "http", "proxy.corp.example", null);

    assertThat(access.proxyFor("http://localhost:11434/v1")).isEqualTo(ProxySettings.NONE);
    assertThat(access.proxyFor("http://127.0.0.1:8080/v1")).isEqualTo(ProxySettings.NONE);
    assertThat(access.proxyFor("not a url")).isEqualTo(ProxySettings.NONE);
  }

  @Test
  void nonProxyHostsAreWildcardsSeparatedByBarsCaseInsensitive() {
    assertThat(SettingsAccess.excluded("www.google.com|*.example.com", "api.EXAMPLE.com")).isTrue();
    assertThat(SettingsAccess.excluded("www.google.com|*.example.com", "example.com")).isFalse();
    assertThat(SettingsAccess.excluded("api.*.test", "api.staging.test")).isTrue();
    assertThat(SettingsAccess.excluded("a.b+c.test", "a.b+c.test")).isTrue();
    assertThat(SettingsAccess.excluded(null, "api.openai.com")).isFalse();
  }
}
