package io.github.reviewagent.it;

import static io.github.reviewagent.testing.OpenAiScripts.chatAnswer;
import static io.github.reviewagent.testing.OpenAiScripts.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.reviewagent.testing.OpenAiServer.Recorded;
import org.junit.jupiter.api.Test;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

/**
 * What Maven's own settings do to the model review in a real build: the key from a settings.xml server whose
 * password is encrypted with a master password (decrypted by the decrypter Maven injects), the proxy from
 * settings.xml, and offline mode ({@code -o}).
 */
class ModelSettingsIT extends ModelBuilds {

  private static final String SERVER_KEY = "sk-proj-FROM-ENCRYPTED-SETTINGS-0123456789";
  private static final String MASTER = "it-master-password";

  private static SampleProject changedSample(String name) {
    SampleProject project = sample(name).write(CART, cartWithTotal());
    project.commitAll("a total");
    return project;
  }

  @Test
  void theKeyOfAnEncryptedSettingsServerAndTheSettingsProxy() throws Exception {
    chatAnswer(server, findings());
    DefaultPlexusCipher cipher = new DefaultPlexusCipher();
    try (SampleProject project = changedSample("settings-server-proxy")) {
      project.write("target/it/settings-security.xml",
          "<settingsSecurity><master>" + cipher.encryptAndDecorate(MASTER, DefaultSecDispatcher.SYSTEM_PROPERTY_SEC_LOCATION)
              + "</master></settingsSecurity>\n");
      project.write("target/it/settings.xml", """
          <settings>
            <servers>
              <server>
                <id>openai</id>
                <password>%s</password>
              </server>
            </servers>
            <proxies>
              <proxy>
                <id>corp</id>
                <protocol>http</protocol>
                <host>127.0.0.1</host>
                <port>%d</port>
                <nonProxyHosts>repo.maven.apache.org|repo1.maven.org</nonProxyHosts>
              </proxy>
            </proxies>
          </settings>
          """.formatted(cipher.encryptAndDecorate(SERVER_KEY, MASTER), server.mock().getPort()));

      // No key in the environment: review.provider=auto finds the server's.
      BuildResult build = MavenBuild.in(project.root())
          .goals("review:review")
          .property("review.base", "main")
          .property("review.serverId", "openai")
          .property("review.baseUrl", "http://llm.review-agent.invalid/v1")
          .property("settings.security", project.resolve("target/it/settings-security.xml").toString())
          .option("-gs")
          .option(project.resolve("target/it/settings.xml").toString())
          .run();

      assertThat(build.exitCode()).as(build.toString()).isZero();
      assertThat(build.log()).noneMatch(line -> line.contains(SERVER_KEY));
      assertThat(reviewJson(project).path("provider").asText()).isEqualTo("chat");
      assertThat(reviewJson(project).path("status").asText()).isEqualTo("complete");
      Recorded request = server.take("POST", "/chat/completions");
      assertThat(request.request().getRequestLine()).startsWith("POST http://llm.review-agent.invalid/v1/chat/completions ");
      assertThat(request.header("Authorization")).isEqualTo("Bearer " + SERVER_KEY);
    }
  }

  @Test
  void offlineAutoReviewsWithoutTheRemoteModelAndSaysSo() {
    try (SampleProject project = changedSample("offline-auto")) {
      BuildResult build = build(project, "auto").property("review.baseUrl", "https://api.openai.com/v1").option("-o").run();

      assertThat(build.exitCode()).as(build.toString()).isZero();
      assertThat(build.logText()).contains(
          "Maven runs offline (-o): no model review (review.provider=auto found an API key in environment variable"
              + " OPENAI_API_KEY, but api.openai.com is not this machine); only the offline reviewer runs.");
      JsonNode review = reviewJson(project);
      assertThat(review.path("provider").asText()).isEqualTo("offline");
      assertThat(review.path("status").asText()).isEqualTo("complete");
      reportsWrittenAndTheKeyNowhere(build, project);
    }
  }

  @Test
  void offlineAServerOnThisMachineIsStillAsked() {
    chatAnswer(server, findings());
    try (SampleProject project = changedSample("offline-local")) {
      BuildResult build = build(project, "chat").property("review.failOnModelError", "true").option("-o").run();

      assertThat(build.exitCode()).as(build.toString()).isZero();
      assertThat(reviewJson(project).path("status").asText()).isEqualTo("complete");
      assertThat(server.requestCount()).isEqualTo(1);
      reportsWrittenAndTheKeyNowhere(build, project);
    }
  }
}
