package io.github.reviewagent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A reactor with nested modules ({@code multi} aggregates {@code core} and {@code services}, which aggregates
 * {@code billing}), the same change reviewed twice: once with the goal named on the command line, once as the
 * POM binds it, in a parallel {@code verify} build ({@code -T 2}) that compiles and packages the modules. A
 * third build, {@code --fail-at-end} with a module that does not compile, is not reviewed and says so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MultiModuleIT {

  private static final String MONEY = "core/src/main/java/com/example/core/Money.java";
  private static final String FIXTURES = "core/src/test/java/com/example/core/MoneyFixtures.java";
  private static final String INVOICE = "services/billing/src/main/java/com/example/billing/Invoice.java";
  private static final List<String> MODULES = List.of("multi", "core", "services", "billing");

  private BuildResult cli;
  private BuildResult parallel;
  private BuildResult failedModule;

  @BeforeAll
  void reviewTheChangeTwice() {
    cli = MavenBuild.in(change("multi-module-cli").root()).goals("review:review").run();
    // -DskipTests: the sample has no tests, and the build need not resolve a test provider
    parallel = MavenBuild.in(change("multi-module-parallel").root())
        .goals("verify").option("-T").option("2").property("skipTests", "true").run();
    // core does not compile: billing, which depends on it, is not built; the other modules reach the goal
    SampleProject broken = change("multi-module-fail-at-end").edit(MONEY, text -> text + "\nnot Java\n");
    failedModule = MavenBuild.in(broken.root())
        .goals("verify").option("--fail-at-end").property("skipTests", "true").run();
  }

  private static SampleProject change(String name) {
    try (SampleProject project = SampleProject.copy("multi-module", name).commitBase()) {
      project.edit(MONEY, text -> text.replaceFirst("}\\s*$", """

                /** A new factory with too many parameters. */
                public static Money of(long euros, long cents, String currency, boolean rounded, boolean negative,
                    int scale, String locale, String note) {
                  return new Money((negative ? -1 : 1) * (euros * 100 + cents), currency);
                }
              }
              """))
          .edit(FIXTURES, text -> text.replace("private MoneyFixtures", """
              static final Money NOTHING = new Money(0, "EUR");

                private MoneyFixtures"""))
          .edit(INVOICE, text -> text.replace("line.cents() / 20;", "line.cents() / 25;"))
          .edit("core/pom.xml", text -> text.replace("<artifactId>core</artifactId>", "<artifactId>core</artifactId>\n  <name>core</name>"))
          .commitAll("money factory, German tax");
      return project;
    }
  }

  @Test
  void oneCombinedReviewOfEveryModuleRunsAtTheExecutionRoot() {
    assertThat(cli.exitCode()).as(cli.toString()).isZero();
    assertThat(cli.messages("INFO").stream().filter(line -> line.startsWith("Code review: ")))
        .as(cli.toString())
        .containsExactly("Code review: complete review of 3 files (provider offline, base main)");
    assertThat(cli.messages("INFO"))
        .contains("Reviewing 3 changed Java files of 4 modules against main ("
            + cli.reports().json().at("/base/commit").asText().substring(0, 10) + ") with the offline reviewer")
        .filteredOn(line -> line.startsWith("Registered com.example:"))
        .hasSize(3);
    assertThat(cli.reports().file("review.json")).isNotEmptyFile();
    for (String module : List.of("core", "services", "services/billing")) {
      assertThat(cli.directory().resolve(module).resolve("target/review")).doesNotExist();
    }
  }

  @Test
  void eachChangedFileOfTheNestedModulesIsReviewedOnceWithItsPathFromTheRepositoryRoot() {
    Reports reports = cli.reports();
    assertThat(reports.filePaths()).containsExactlyInAnyOrder(MONEY, FIXTURES, INVOICE);
    assertThat(reports.findingsOn(MONEY))
        .anySatisfy(f -> {
          assertThat(f.path("ruleId").asText()).isEqualTo("size.parameters");
          assertThat(f.path("severity").asText()).isEqualTo("major");
        });
    assertThat(reports.findingsOn(INVOICE))
        .anySatisfy(f -> {
          assertThat(f.path("ruleId").asText()).isEqualTo("complexity.cognitive");
          assertThat(f.path("severity").asText()).isEqualTo("info");
        });
    assertThat(cli.messages("WARNING"))
        .anySatisfy(line -> assertThat(line).startsWith(MONEY + ":14 major size.parameters New method Money.of("))
        .anySatisfy(line -> assertThat(line).startsWith(INVOICE + ":10 info complexity.cognitive "));
    assertThat(reports.sarifSchemaViolations()).isEmpty();
  }

  @Test
  void aParallelBuildThatBindsTheGoalGivesTheSameSingleReview() {
    assertThat(parallel.exitCode()).as(parallel.toString()).isZero();
    assertThat(parallel.logText()).contains("Using the MultiThreadedBuilder implementation with a thread count of 2");
    // the lifecycle ran up to verify in every module before the review
    assertThat(parallel.directory().resolve("services/billing/target/billing-1.0.jar")).isRegularFile();
    assertThat(parallel.messages("INFO").stream().filter(line -> line.startsWith("Code review: "))).hasSize(1);
    assertThat(parallel.messages("INFO").stream().filter(line -> line.startsWith("Registered com.example:")))
        .as(parallel.toString())
        .hasSize(MODULES.size() - 1);
    assertThat(parallel.reports().filePaths()).containsExactlyInAnyOrderElementsOf(cli.reports().filePaths());
    assertThat(findings(parallel)).containsExactlyInAnyOrderElementsOf(findings(cli));
    assertThat(parallel.reports().json().at("/files").toString()).isEqualTo(cli.reports().json().at("/files").toString());
  }

  @Test
  void aReactorWhoseModuleFailedBeforeTheGoalIsNotReviewedAndTheBuildSaysSoAtItsEnd() {
    assertThat(failedModule.exitCode()).as(failedModule.toString()).isNotZero();
    assertThat(failedModule.messages("INFO")).as(failedModule.toString())
        .noneMatch(line -> line.startsWith("Code review: "))
        .filteredOn(line -> line.startsWith("Registered com.example:"))
        .hasSize(2);
    String warning = "No review of the reactor in this build: com.example:core (failed), com.example:billing did not"
        + " reach the review goal, and the review runs only once every module has. Fix the build and run it again";
    assertThat(failedModule.messages("WARNING")).as(failedModule.toString()).containsOnlyOnce(warning);
    // at the end: after the last module that ran, before Maven's summary
    List<String> log = failedModule.log();
    int lastRegistered = log.indexOf(log.stream().filter(line -> line.startsWith("[INFO] Registered com.example:services ")).findFirst().orElseThrow());
    int summary = log.indexOf(log.stream().filter(line -> line.startsWith("[INFO] Reactor Summary")).findFirst().orElseThrow());
    assertThat(log.indexOf("[WARNING] " + warning)).isGreaterThan(lastRegistered).isLessThan(summary);
  }

  /** The findings without what depends on the clone (none of them should). */
  private static List<String> findings(BuildResult build) {
    return StreamSupport.stream(build.reports().json().path("findings").spliterator(), false)
        .map(JsonNode::toString)
        .toList();
  }
}
