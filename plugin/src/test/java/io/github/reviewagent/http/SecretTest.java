package io.github.reviewagent.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretTest {

  private static final String KEY = "sk-proj-TESTKEY0123456789abcdef";

  @Test
  void neverShowsItselfButRevealsOnRequest() {
    Secret secret = Secret.of(KEY);
    assertThat(secret.toString()).doesNotContain(KEY).isEqualTo("Secret[****]");
    assertThat(String.valueOf(secret)).doesNotContain("TESTKEY");
    assertThat(secret.reveal()).isEqualTo(KEY);
    assertThat(Secret.of("  ")).isSameAs(Secret.NONE);
    assertThat(Secret.NONE.isEmpty()).isTrue();
  }

  @Test
  void redactsTheKeyAndAnythingThatLooksLikeACredential() {
    Secret secret = Secret.of("my-private-key-without-prefix");
    String echoed = "Incorrect API key provided: my-private-key-without-prefix. "
        + "Header was Authorization: Bearer abc.def-123; other key sk-abc***************wxyz, api-key: hunter2";
    String clean = secret.redact(echoed);
    assertThat(clean)
        .doesNotContain("my-private-key-without-prefix")
        .doesNotContain("abc.def-123")
        .doesNotContain("wxyz")
        .doesNotContain("hunter2")
        .contains("Incorrect API key provided: [redacted]")
        .contains("Bearer [redacted]");
    assertThat(Secret.NONE.redact("plain words stay")).isEqualTo("plain words stay");
    assertThat(secret.redact(null)).isEmpty();
  }
}
