package io.github.reviewagent.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewagent.report.ReportFormat;
import io.github.reviewagent.review.Severity;
import io.github.reviewagent.review.service.ModelLimits;
import io.github.reviewagent.review.service.Provider;
import io.github.reviewagent.review.service.ReviewRequest;
import io.github.reviewagent.review.service.Scope;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.settings.Server;
import org.junit.jupiter.api.Test;

/** The goal's user properties ({@code -Dreview.x=...}) reach its parameters. */
@MojoTest
class ReviewMojoPropertiesTest extends MojoFixture {

  ReviewMojoPropertiesTest() throws IOException {
    super();
    Server server = new Server();
    server.setId("openai");
    server.setPassword("sk-local");
    settings.addServer(server);
    userProperties.setProperty("review.base", "origin/release");
    userProperties.setProperty("review.scope", "all");
    userProperties.setProperty("review.includes", "src/main/java/**");
    userProperties.setProperty("review.excludes", "**/internal/**");
    userProperties.setProperty("review.provider", "responses");
    userProperties.setProperty("review.baseUrl", "http://127.0.0.1:8080/v1");
    userProperties.setProperty("review.model", "local-model");
    userProperties.setProperty("review.apiKeyEnv", "MY_KEY");
    userProperties.setProperty("review.serverId", "openai");
    userProperties.setProperty("review.failOn", "blocker");
    userProperties.setProperty("review.failOnModelError", "true");
    userProperties.setProperty("review.outputDirectory", "/tmp/review-out");
    userProperties.setProperty("review.formats", "json,checkstyle");
    userProperties.setProperty("review.encoding", "UTF-16");
    userProperties.setProperty("review.javaVersion", "17");
    userProperties.setProperty("review.cacheDirectory", "/tmp/review-cache");
    userProperties.setProperty("review.concurrency", "2");
    userProperties.setProperty("review.tokenBudget", "50000");
    userProperties.setProperty("review.timeout", "60");
    userProperties.setProperty("review.requestTimeout", "10");
    userProperties.setProperty("review.guidelines", "docs/review.md");
  }

  @Test
  @InjectMojo(goal = "review")
  void everyPropertyIsWired(ReviewMojo mojo) throws Exception {
    ReviewRequest request = mojo.request();

    assertThat(request.baseRef()).isEqualTo("origin/release");
    assertThat(request.scope()).isEqualTo(Scope.ALL);
    assertThat(request.modules().get(0).includes()).containsExactly("src/main/java/**");
    assertThat(request.modules().get(0).excludes()).containsExactly("**/internal/**");
    assertThat(request.model().provider()).isEqualTo(Provider.RESPONSES);
    assertThat(request.model().baseUrl()).isEqualTo("http://127.0.0.1:8080/v1");
    assertThat(request.model().model()).isEqualTo("local-model");
    assertThat(request.model().keys().environmentVariable()).isEqualTo("MY_KEY");
    assertThat(request.model().keys().serverId()).isEqualTo("openai");
    assertThat(request.model().keys().serverPassword().reveal()).isEqualTo("sk-local");
    assertThat(request.model().limits())
        .isEqualTo(new ModelLimits(Path.of("/tmp/review-cache"), 2, 50_000, Duration.ofMinutes(1), Duration.ofSeconds(10)));
    assertThat(request.model().guidelines()).containsExactly("docs/review.md");
    assertThat(request.model().failOnModelError()).isTrue();
    assertThat(request.failOn()).isEqualTo(Severity.BLOCKER);
    assertThat(request.outputDirectory()).isEqualTo(Path.of("/tmp/review-out"));
    assertThat(request.formats()).containsExactlyInAnyOrder(ReportFormat.JSON, ReportFormat.CHECKSTYLE);
    assertThat(request.encoding().name()).isEqualTo("UTF-16");
    assertThat(request.javaVersion()).isEqualTo(17);
  }
}
