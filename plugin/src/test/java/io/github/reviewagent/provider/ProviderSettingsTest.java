package io.github.reviewagent.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reviewagent.http.HttpSettings;
import io.github.reviewagent.http.ProxySettings;
import io.github.reviewagent.http.Secret;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ProviderSettingsTest {

  private static final String KEY = "sk-proj-SETTINGS-0123456789";

  @Test
  void printingTheSettingsNeverShowsTheKeyOrTheProxyPassword() {
    ProxySettings proxy = new ProxySettings(
        new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy.corp.test", 3128)), "alice",
        Secret.of("proxy-secret-pw"));
    ProviderSettings settings = ProviderSettings.of(ProviderKind.CHAT, URI.create("https://api.openai.com/v1"),
        "gpt-test", Secret.of(KEY), "environment variable OPENAI_API_KEY")
        .withHttp(HttpSettings.defaults().withProxy(proxy));
    assertThat(settings.toString()).doesNotContain(KEY).doesNotContain("proxy-secret-pw")
        .contains("gpt-test").contains("proxy.corp.test");
  }

  @Test
  void namesTheParameterThatIsWrong() {
    assertThatThrownBy(() -> ProviderSettings.of(ProviderKind.CHAT, URI.create("ftp://example.test/v1"), "m",
        Secret.NONE, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("review.baseUrl");
    assertThatThrownBy(() -> ProviderSettings.of(ProviderKind.CHAT, URI.create("https://api.openai.com/v1"), " ",
        Secret.NONE, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("review.model");
  }

  @Test
  void kindsGoByTheirParameterNames() {
    assertThat(ProviderKind.fromId("Assistants")).isEqualTo(ProviderKind.ASSISTANTS);
    assertThat(ProviderKind.fromId("chat").id()).isEqualTo("chat");
    assertThatThrownBy(() -> ProviderKind.fromId("offline"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chat, responses, assistants");
  }
}
