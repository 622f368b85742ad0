package io.github.reviewagent.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reviewagent.http.ProxySettings;
import io.github.reviewagent.http.Secret;
import io.github.reviewagent.offline.OfflineConfig;
import io.github.reviewagent.offline.OfflineRule;
import io.github.reviewagent.offline.RuleSettings;
import io.github.reviewagent.report.ReportFormat;
import io.github.reviewagent.review.ReviewResult;
import io.github.reviewagent.review.Severity;
import io.github.reviewagent.review.service.KeySources;
import io.github.reviewagent.review.service.ModelLimits;
import io.github.reviewagent.review.service.ModelSettings;
import io.github.reviewagent.review.service.Provider;
import io.github.reviewagent.review.service.ReviewRequest;
import io.github.reviewagent.review.service.Scope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.junit.jupiter.api.Test;

/** Parameter wiring of the goal: defaults, configured and bad values, and how outcomes become Maven's. */
@MojoTest
class ReviewMojoTest extends MojoFixture {

  ReviewMojoTest() throws IOException {
    super();
  }

  @Test
  @InjectMojo(goal = "review")
  void defaults(ReviewMojo mojo) throws Exception {
    ReviewRequest request = mojo.request();

    assertThat(request.executionRoot()).isEqualTo(root);
    assertThat(request.baseRef()).isNull();
    assertThat(request.scope()).isEqualTo(Scope.CHANGED);
    assertThat(request.failOn()).isEqualTo(Severity.CRITICAL);
    assertThat(request.formats())
        .containsExactlyInAnyOrder(ReportFormat.SARIF, ReportFormat.JSON, ReportFormat.MARKDOWN, ReportFormat.HTML);
    assertThat(request.outputDirectory()).isEqualTo(root.resolve("build/review"));
    assertThat(request.model().provider()).isEqualTo(Provider.AUTO);
    assertThat(request.model().baseUrl()).isEqualTo("https://api.openai.com/v1");
    assertThat(request.model().model()).isEqualTo("gpt-5-mini");
    assertThat(request.model().keys()).isEqualTo(KeySources.environment("OPENAI_API_KEY"));
    assertThat(request.model().failOnModelError()).isFalse();
    assertThat(request.model().limits()).isEqualTo(ModelLimits.defaults(root.resolve("build/review-cache")));
    assertThat(request.model().proxy()).isEqualTo(ProxySettings.NONE);
    assertThat(request.model().offline()).isFalse();
    assertThat(request.model().guidelines()).isEmpty();
    assertThat(request.rules()).isEqualTo(OfflineConfig.defaults());
    assertThat(request.encoding()).isEqualTo(StandardCharsets.ISO_8859_1);
    assertThat(request.javaVersion()).as("what the build compiles for").isEqualTo(11);
    assertThat(request.modules()).singleElement().satisfies(module -> {
      assertThat(module.id()).isEqualTo("org.example:demo");
      assertThat(module.basedir()).isEqualTo(root);
      assertThat(module.sourceRoots())
          .as("generated sources are left out")
          .containsExactly(root.resolve("src/main/java"), root.resolve("src/test/java"));
      assertThat(module.includes()).containsExactly("**/*.java");
      assertThat(module.excludes()).isEmpty();
    });
  }

  @Test
  @InjectMojo(goal = "review")
  @MojoParameter(name = "scope", value = "all")
  @MojoParameter(name = "failOn", value = "none")
  @MojoParameter(name = "formats", value = "json,gitlab")
  @MojoParameter(name = "base", value = "origin/develop")
  @MojoParameter(name = "includes", value = "src/main/**")
  @MojoParameter(name = "excludes", value = "**/generated/**,**/*Test.java")
  @MojoParameter(name = "provider", value = "Offline")
  @MojoParameter(name = "failOnModelError", value = "true")
  @MojoParameter(name = "outputDirectory", value = "/tmp/reports")
  @MojoParameter(name = "cacheDirectory", value = "/tmp/review-cache")
  @MojoParameter(name = "concurrency", value = "8")
  @MojoParameter(name = "tokenBudget", value = "200000")
  @MojoParameter(name = "timeout", value = "120")
  @MojoParameter(name = "requestTimeout", value = "30")
  @MojoParameter(name = "guidelines", value = "docs/review.md, docs/style/")
  void configuredValues(ReviewMojo mojo) throws Exception {
    ReviewRequest request = mojo.request();

    assertThat(request.scope()).isEqualTo(Scope.ALL);
    assertThat(request.failOn()).isNull();
    assertThat(request.formats()).containsExactlyInAnyOrder(ReportFormat.JSON, ReportFormat.GITLAB);
    assertThat(request.baseRef()).isEqualTo("origin/develop");
    assertThat(request.model().provider()).isEqualTo(Provider.OFFLINE);
    assertThat(request.model().failOnModelError()).isTrue();
    assertThat(request.outputDirectory()).isEqualTo(Path.of("/tmp/reports"));
    assertThat(request.model().limits())
        .isEqualTo(new ModelLimits(Path.of("/tmp/review-cache"), 8, 200_000, Duration.ofMinutes(2), Duration.ofSeconds(30)));
    assertThat(request.model().guidelines()).containsExactly("docs/review.md", "docs/style/");
    assertThat(request.modules()).singleElement().satisfies(module -> {
      assertThat(module.includes()).containsExactly("src/main/**");
      assertThat(module.excludes()).containsExactly("**/generated/**", "**/*Test.java");
    });
  }

  @Test
  @InjectMojo(
      goal = "review",
      pom =
          "<project><build><plugins><plugin><artifactId>review-maven-plugin</artifactId><configuration><rules>"
              + "<complexity.cognitive>20 major</complexity.cognitive><size.parameters>off</size.parameters>"
              + "</rules></configuration></plugin></plugins></build></project>")
  void rulesMap(ReviewMojo mojo) throws Exception {
    OfflineConfig rules = mojo.request().rules();

    assertThat(rules.of(OfflineRule.COGNITIVE)).isEqualTo(new RuleSettings(true, 20, Severity.MAJOR));
    assertThat(rules.of(OfflineRule.PARAMETERS).enabled()).isFalse();
  }

  @Test
  @InjectMojo(
      goal = "review",
      pom =
          "<project><build><plugins><plugin><artifactId>review-maven-plugin</artifactId><configuration><rules>"
              + "<complexity.cognitve>20</complexity.cognitve></rules></configuration></plugin></plugins></build></project>")
  void unknownRuleFailsEarly(ReviewMojo mojo) {
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("rules names the unknown rule 'complexity.cognitve'");
  }

  @Test
  @InjectMojo(goal = "review")
  @MojoParameter(name = "failOn", value = "severe")
  void unknownSeverityFailsEarly(ReviewMojo mojo) {
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("review.failOn has the value 'severe'; use none, info, minor, major, critical or blocker")
        // Maven prints every cause's message that the message does not hold: there is none to print
        .cause().hasMessage("review.failOn has the value 'severe'; use none, info, minor, major, critical or blocker")
        .hasNoCause();
    assertThat(written).isEmpty();
  }

  @Test
  @InjectMojo(goal = "review")
  @MojoParameter(name = "formats", value = "sarif,pdf")
  void unknownFormatFailsEarly(ReviewMojo mojo) {
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("review.formats has the value 'pdf'; use one or more of sarif, json, markdown, html, gitlab, checkstyle");
  }

  @Test
  @InjectMojo(goal = "review")
  @MojoParameter(name = "provider", value = "gemini")
  void unknownProviderFailsEarly(ReviewMojo mojo) {
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("review.provider has the value 'gemini'; use one of auto, offline, chat, responses, assistants");
  }

  @Test
  @InjectMojo(goal = "review")
  @MojoParameter(name = "scope", value = "branch")
  void unknownScopeFailsEarly(ReviewMojo mojo) {
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("review.scope has the value 'branch'; use changed or all");
  }

  @Test
  @InjectMojo(goal = "review")
  @MojoParameter(name = "includes", value = " src/main/java/** ,, src/test/java/**,")
  @MojoParameter(name = "excludes", value = "**/generated/**,")
  void emptyEntriesOfAGlobListAreIgnoredAsInTheOtherLists(ReviewMojo mojo) throws Exception {
    ReviewRequest request = mojo.request();

    assertThat(request.modules().get(0).includes()).containsExactly("src/main/java/**", "src/test/java/**");
    assertThat(request.modules().get(0).excludes()).containsExactly("**/generated/**");
  }

  @Test
  @InjectMojo(goal = "review")
  @MojoParameter(name = "formats", value = " sarif ,, JSON,")
  @MojoParameter(name = "guidelines", value = "docs/review.md,")
  void emptyEntriesOfTheOtherListsAreIgnoredToo(ReviewMojo mojo) throws Exception {
    ReviewRequest request = mojo.request();

    assertThat(request.formats()).containsExactlyInAnyOrder(ReportFormat.SARIF, ReportFormat.JSON);
    assertThat(request.model().guidelines()).containsExactly("docs/review.md");
  }

  @Test
  @InjectMojo(goal = "review")
  @MojoParameter(name = "includes", value = ",")
  void aGlobListOfOnlyEmptyEntriesIsTheDefault(ReviewMojo mojo) throws Exception {
    assertThat(mojo.request().modules().get(0).includes()).containsExactly("**/*.java");
  }

  @Test
  @InjectMojo(goal = "review")
  @MojoParameter(name = "excludes", value = "src/[main/**")
  void badGlobFailsEarly(ReviewMojo mojo) {
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("review.excludes has the pattern 'src/[main/**', which is not a valid glob");
  }

  @Test
  @InjectMojo(goal = "review")
  @MojoParameter(name = "encoding", value = "NO-SUCH-CHARSET")
  void unknownEncodingFailsEarly(ReviewMojo mojo) {
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("review.encoding has the value 'NO-SUCH-CHARSET'");
  }

  @Test
  @InjectMojo(goal = "review")
  @MojoParameter(name = "concurrency", value = "0")
  void aConcurrencyOutOfRangeFailsEarly(ReviewMojo mojo) {
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("review.concurrency has the value 0; use a number from 1 to 64");
  }

  @Test
  @InjectMojo(goal = "review")
  @MojoParameter(name = "requestTimeout", value = "-5")
  void aNegativeTimeoutFailsEarly(ReviewMojo mojo) {
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("review.requestTimeout has the value -5; use a positive number of seconds");
  }

  @Test
  @InjectMojo(goal = "review")
  @MojoParameter(name = "baseUrl", value = "api.openai.com/v1")
  void aBaseUrlWithoutSchemeFailsEarly(ReviewMojo mojo) {
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("review.baseUrl has the value 'api.openai.com/v1' (it is not an http(s) URL with a host)");
  }

  @Test
  @InjectMojo(goal = "review")
  @MojoParameter(name = "provider", value = "offline")
  @MojoParameter(name = "base", value = "main")
  void anOutputDirectoryThatIsAFileFailsBeforeTheReview(ReviewMojo mojo) throws Exception {
    changedFileInAGitRepository();
    Path file = root.resolve("build/review");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "not a directory");

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("review.outputDirectory is '" + file + "', which is a file, not a directory: name a directory");
    assertThat(written).as("nothing reviewed").isEmpty();
  }

  @Test
  @InjectMojo(goal = "review")
  @MojoParameter(name = "outputDirectory", value = "${session.executionRootDirectory}/pom.xml/review")
  void anOutputDirectoryInsideAFileFailsEarly(ReviewMojo mojo) throws Exception {
    Files.writeString(root.resolve("pom.xml"), "<project/>");

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "review.outputDirectory is '" + root.resolve("pom.xml/review") + "', but " + root.resolve("pom.xml")
                + " is a file, not a directory: name a directory");
  }

  @Test
  @InjectMojo(goal = "review")
  void theReleaseGivenOnTheCommandLineWinsOverThePomsAsForTheCompiler(ReviewMojo mojo) throws Exception {
    userProperties.setProperty("maven.compiler.release", "17");

    assertThat(mojo.request().javaVersion()).isEqualTo(17);
  }

  @Test
  @InjectMojo(goal = "review")
  @MojoParameter(name = "cacheDirectory", value = "${session.executionRootDirectory}/pom.xml")
  void aCacheDirectoryThatIsAFileFailsEarlyRatherThanCachingNothing(ReviewMojo mojo) throws Exception {
    Files.writeString(root.resolve("pom.xml"), "<project/>");

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("review.cacheDirectory is '" + root.resolve("pom.xml") + "', which is a file, not a directory: name a directory");
  }

  @Test
  @InjectMojo(goal = "review")
  @MojoParameter(name = "provider", value = "chat")
  @MojoParameter(name = "base", value = "main")
  @MojoParameter(name = "apiKeyEnv", value = "sk-proj-PASTED-0123456789abcdef")
  void theKeyItselfGivenAsApiKeyEnvFailsWithoutBeingEchoed(ReviewMojo mojo) throws Exception {
    // The mistake is easy (the parameter is next to the key in every how-to); echoing the value would print
    // the key in the log and, as the reason the model review did not run, in every report.
    changedFileInAGitRepository();

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("review.apiKeyEnv is not the name of an environment variable")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("PASTED"));
    assertThat(written).isEmpty();
    assertThat(log.lines()).noneMatch(line -> line.contains("PASTED"));
  }

  @Test
  @InjectMojo(goal = "review")
  @MojoParameter(name = "serverId", value = "openai")
  @MojoParameter(name = "baseUrl", value = "https://llm.corp.example/v1")
  void theServersDecryptedPasswordAndTheProxyComeFromTheSettings(ReviewMojo mojo) throws Exception {
    Server server = new Server();
    server.setId("openai");
    server.setPassword("{enc:sk-from-settings}");
    settings.addServer(server);
    settings.addProxy(proxy("plain", "http", "plain.corp.example", 8080, null));
    settings.addProxy(proxy("corp", "https", "proxy.corp.example", 3128, "{enc:proxy-secret}"));
    offline = true;

    ModelSettings model = mojo.request().model();

    assertThat(model.keys().serverId()).isEqualTo("openai");
    assertThat(model.keys().serverPassword().reveal()).isEqualTo("sk-from-settings");
    assertThat(model.proxy().proxy().address()).hasToString("proxy.corp.example/<unresolved>:3128");
    assertThat(model.proxy().username()).isEqualTo("alice");
    assertThat(model.proxy().password().reveal()).isEqualTo("proxy-secret");
    assertThat(model.offline()).isTrue();
  }

  @Test
  @InjectMojo(goal = "review")
  @MojoParameter(name = "serverId", value = "openai")
  void aServerIdThatSettingsDoNotDefineFailsEarly(ReviewMojo mojo) {
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("review.serverId is 'openai', but settings.xml has no <server> with that id");
  }

  @Test
  @InjectMojo(goal = "review")
  @MojoParameter(name = "serverId", value = "openai")
  @MojoParameter(name = "provider", value = "offline")
  void theOfflineReviewerReadsNoCredentials(ReviewMojo mojo) throws Exception {
    assertThat(mojo.request().model().keys().serverPassword()).isEqualTo(Secret.NONE);
  }

  private static Proxy proxy(String id, String protocol, String host, int port, String password) {
    Proxy proxy = new Proxy();
    proxy.setId(id);
    proxy.setProtocol(protocol);
    proxy.setHost(host);
    proxy.setPort(port);
    proxy.setUsername(password == null ? null : "alice");
    proxy.setPassword(password);
    return proxy;
  }

  @Test
  @InjectMojo(goal = "review")
  @MojoParameter(name = "skip", value = "true")
  @MojoParameter(name = "failOn", value = "severe")
  void skipDoesNothingNotEvenCheckParameters(ReviewMojo mojo) throws Exception {
    mojo.execute();

    assertThat(written).isEmpty();
    assertThat(log.lines()).contains("INFO Review skipped (review.skip=true)");
  }

  @Test
  @InjectMojo(goal = "review")
  @MojoParameter(name = "failOn", value = "major")
  @MojoParameter(name = "provider", value = "offline")
  @MojoParameter(name = "base", value = "main")
  void aTrippedGateIsAFailureThatCountsAndNamesTheReport(ReviewMojo mojo) throws Exception {
    changedFileInAGitRepository();

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "Review failed: 1 finding at or above major on changed lines (1 size.parameters). See "
                + root.resolve("build/review/review.md") + ".");
    assertThat(written).singleElement().satisfies(result -> assertThat(result.gate().failed()).isTrue());
    assertThat(log.lines()).anySatisfy(line -> assertThat(line).startsWith("WARN src/main/java/a/New.java:4 major size.parameters"));
  }

  @Test
  @InjectMojo(goal = "review")
  @MojoParameter(name = "provider", value = "offline")
  @MojoParameter(name = "base", value = "main")
  void belowFailOnTheBuildPassesWithReports(ReviewMojo mojo) throws Exception {
    changedFileInAGitRepository();

    mojo.execute();

    assertThat(written).singleElement().satisfies(result -> {
      assertThat(result.gate().failed()).isFalse();
      assertThat(result.findings()).hasSize(1);
    });
  }

  @Test
  @InjectMojo(goal = "review")
  @MojoParameter(name = "provider", value = "chat")
  @MojoParameter(name = "apiKeyEnv", value = "REVIEW_AGENT_TEST_UNSET_VARIABLE")
  @MojoParameter(name = "failOnModelError", value = "true")
  @MojoParameter(name = "base", value = "main")
  void aModelThatCannotReviewWithFailOnModelErrorIsABuildErrorAfterTheReports(ReviewMojo mojo) throws Exception {
    changedFileInAGitRepository();

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "Review failed: The model review did not finish (no API key was found for api.openai.com: set the environment"
                + " variable REVIEW_AGENT_TEST_UNSET_VARIABLE (review.apiKeyEnv), or use review.provider=offline) and"
                + " review.failOnModelError is true. See " + root.resolve("build/review/review.md") + ".");
    assertThat(written).singleElement().satisfies(result -> assertThat(result.status()).isEqualTo(ReviewResult.Status.PARTIAL));
  }

  @Test
  @InjectMojo(goal = "review")
  @MojoParameter(name = "provider", value = "responses")
  @MojoParameter(name = "base", value = "main")
  @MojoParameter(name = "failOn", value = "blocker")
  void offlineAModelThatCannotBeAskedLeavesAPartialReviewThatPasses(ReviewMojo mojo) throws Exception {
    changedFileInAGitRepository();
    offline = true;

    mojo.execute();

    assertThat(written).singleElement().satisfies(result -> {
      assertThat(result.status()).isEqualTo(ReviewResult.Status.PARTIAL);
      assertThat(result.provider()).isEqualTo("responses");
      assertThat(result.gate().failed()).isFalse();
      assertThat(result.gate().reason()).contains("The review is partial").contains("Maven runs offline (-o)");
    });
    assertThat(log.lines()).anySatisfy(line -> assertThat(line).startsWith("WARN The responses model review did not finish: Maven runs offline (-o)"));
  }
}
