package io.github.reviewagent.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RedactorTest {

  // Secrets are assembled at run time so that this file itself holds no token a scanner would flag.
  private static String repeat(String s, int n) {
    return s.repeat(n);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "aws-access-key | String id = \"AKIA@\"; | AKIA | ABCDEFGHIJKLMNOP",
        "gcp-api-key    | url += \"?key=AIza@\"; | AIza | Sy0123456789abcdefghijklmnopqrstu_v",
        "github-token   | var t = \"ghp_@\"; | ghp_ | 0123456789abcdefghijABCDEFGHIJklmnopqr",
        "github-token   | var t = \"github_pat_@\"; | github_pat_ | 11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz",
        "slack-token    | slack(\"xoxb-@\"); | xoxb- | 123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx",
        "openai-key     | client.key(\"sk-proj-@\"); | sk-proj- | abc123DEF456ghi789JKL012mno345",
        "azure-key      | conn = \"AccountName=x;AccountKey=@;\"; | '' | abcdefghijABCDEFGHIJ0123456789abcdefghij+/==",
      })
  void recognisesPublishedTokenFormats(String kind, String template, String prefix, String rest) {
    String secret = prefix + rest;
    String redacted = Redactor.redact(template.replace("@", rest));

    assertThat(redacted).doesNotContain(secret).doesNotContain(rest).contains("<redacted:" + kind + ">");
  }

  @Test
  void jwtIsRedacted() {
    String jwt = "eyJhbGciOiJIUzI1NiJ9" + ".eyJzdWIiOiIxMjM0NTY3ODkwIn0" + ".dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
    assertThat(Redactor.redact("auth(\"" + jwt + "\");")).isEqualTo("auth(\"<redacted:jwt>\");");
  }

  @Test
  void privateKeyBlockIsRedactedLineByLineKeepingTheLineCount() {
    String text =
        "class Keys {\n"
            + "  static final String KEY = \"-----BEGIN RSA PRIVATE KEY-----\\n\" +\n"
            + "      \"MIIEowIBAAKCAQEA" + repeat("x", 40) + "\\n\" +\n"
            + "      \"-----END RSA PRIVATE KEY-----\";\n"
            + "  int after = 1;\n"
            + "}\n";
    String redacted = Redactor.redact(text);

    assertThat(redacted.lines().count()).isEqualTo(text.lines().count());
    assertThat(redacted).doesNotContain("MIIEowIBAAKCAQEA").contains("<redacted:private-key>");
    assertThat(redacted.lines().toList().get(4)).isEqualTo("  int after = 1;");
  }

  @Test
  void passwordsAndSecretsInStringLiteralsAreRedactedByTheirName() {
    String text =
        "String dbPassword = \"hunter2!\";\n"
            + "props.put(\"client_secret\", \"s3cr3t-value\");\n"
            + "config.setApiKey(\"live-123456\");\n"
            + "Map.of(\"password\": \"abc123\");\n";
    String redacted = Redactor.redact(text);

    assertThat(redacted).doesNotContain("hunter2!", "s3cr3t-value", "live-123456", "abc123");
    assertThat(redacted.lines()).allSatisfy(l -> assertThat(l).contains("\"<redacted:secret>\""));
  }

  @Test
  void propertiesStyleSecretLinesAreRedacted() {
    assertThat(Redactor.redact("db.password = hunter22\nname = demo\n")).isEqualTo("db.password = <redacted:secret>\nname = demo\n");
  }

  @Test
  void ordinaryCodeIsLeftAlone() {
    String code =
        "if (password == null || password.isEmpty()) {\n"
            + "  throw new IllegalArgumentException(\"Enter your password\");\n"
            + "}\n"
            + "String token = tokenizer.next();\n"
            + "log.info(\"secret rotation finished in {} ms\", elapsed);\n"
            + "String task = \"sk-short\";\n"
            + "password = readPassword();\n";
    assertThat(Redactor.redact(code)).isEqualTo(code);
  }

  @Test
  void anAlreadyRedactedValueKeepsItsKind() {
    String key = "sk-" + "abcdefghij0123456789KLMNOP";
    assertThat(Redactor.redact("String apiKey = \"" + key + "\";")).isEqualTo("String apiKey = \"<redacted:openai-key>\";");
  }
}
