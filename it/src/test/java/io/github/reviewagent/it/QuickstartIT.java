package io.github.reviewagent.it;

import static io.github.reviewagent.it.Quickstart.COUPONS;
import static io.github.reviewagent.it.Quickstart.PRICE_CALCULATOR;
import static io.github.reviewagent.it.Quickstart.SHIPPING;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The README's sample change, reviewed in one forked build: a new complex method and a method the change made
 * complex fail the gate; an old complex method the change only touched is reported without gating. Each test
 * checks one aspect of that build.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuickstartIT {

  private static final String FINDING_LINE = "\\S+\\.java:\\d+ (info|minor|major|critical|blocker) [a-z]+\\.[a-z]+ .+";

  private SampleProject project;
  private BuildResult build;
  private Reports reports;

  @BeforeAll
  void reviewTheSampleChange() {
    project = Quickstart.prepare(ItEnvironment.work().resolve("quickstart"));
    build = Quickstart.review(project).run();
    reports = build.reports();
  }

  @Test
  void theGateFailsTheBuildCountingTheFindingsAndNamingTheReport() {
    assertThat(build.exitCode()).as(build.toString()).isEqualTo(1);
    assertThat(build.log()).as(build.toString()).contains("[INFO] BUILD FAILURE");
    assertThat(build.messages("ERROR"))
        .as(build.toString())
        .anySatisfy(line -> assertThat(line)
            .contains("Review failed: 2 findings at or above critical on changed lines (2 complexity.cognitive).")
            .contains("See " + reports.file("review.md") + "."))
        // a gate that trips is a failure of the user's code, not a broken setup
        .anySatisfy(line -> assertThat(line).contains("MojoFailureException"))
        .noneSatisfy(line -> assertThat(line).contains("MojoExecutionException"));
  }

  @Test
  void theLogListsEachFindingAsPathLineSeverityRuleMessage() {
    List<String> warnings = build.messages("WARNING");
    assertThat(warnings)
        .as(build.toString())
        .anySatisfy(line -> assertThat(line).startsWith(COUPONS + ":11 critical complexity.cognitive New method"
            + " Coupons.refusal(String,List,Set,LocalDate,boolean,String,long,int) has cognitive complexity 31"))
        .anySatisfy(line -> assertThat(line).startsWith(COUPONS + ":11 major size.parameters "))
        .anySatisfy(line -> assertThat(line).startsWith(PRICE_CALCULATOR + ":15 critical complexity.cognitive This"
            + " change raised the cognitive complexity of PriceCalculator.total(List,boolean) from 5 to 17"))
        .anySatisfy(line -> assertThat(line).startsWith(SHIPPING + ":11 info complexity.cognitive ")
            .contains("the change touched it without raising it"));
    assertThat(warnings.stream().filter(line -> line.matches(FINDING_LINE)))
        .hasSize(reports.json().path("findings").size());
    assertThat(build.messages("INFO"))
        .contains("Gate FAILED (fails on critical or higher): 2 findings at or above critical on changed lines"
            + " (2 complexity.cognitive).")
        .contains("Reports: " + reports.directory());
  }

  @Test
  void theReportsAreWrittenAlthoughTheGateFailed() {
    for (String name : List.of("review.sarif", "review.json", "review.md", "review.html")) {
      assertThat(reports.file(name)).isNotEmptyFile();
    }
    assertThat(reports.text("review.md")).contains(COUPONS).contains("Coupons.refusal").contains("PriceCalculator.total");
    assertThat(reports.text("review.html"))
        .containsIgnoringCase("<html")
        .contains("Coupons.refusal")
        .contains("PriceCalculator.total");
  }

  @Test
  void reviewJsonDescribesTheReviewAsInterfaceMdPromises() {
    JsonNode json = reports.json();
    assertThat(json.path("schemaVersion").asInt()).isEqualTo(1);
    assertThat(json.path("status").asText()).isEqualTo("complete");
    assertThat(json.path("provider").asText()).isEqualTo("offline");
    assertThat(json.path("model").isNull()).isTrue();
    assertThat(json.path("base").path("ref").asText()).isEqualTo("main");
    assertThat(json.path("base").path("commit").asText()).isEqualTo(project.baseCommit());

    assertThat(reports.filePaths()).containsExactlyInAnyOrder(COUPONS, PRICE_CALCULATOR, SHIPPING);
    assertThat(reports.fileEntry(COUPONS).path("changedLines").toString()).isEqualTo("[[1,48]]");
    // the edited Javadoc line, then the loop body the change replaced
    assertThat(reports.fileEntry(PRICE_CALCULATOR).path("changedLines").toString()).isEqualTo("[[14,14],[21,31]]");
    assertThat(reports.fileEntry(SHIPPING).path("changedLines").toString()).isEqualTo("[[25,25]]");

    for (JsonNode finding : json.path("findings")) {
      assertThat(finding.path("ruleId").asText()).matches("[a-z]+\\.[a-z]+");
      assertThat(finding.path("severity").asText()).isIn("info", "minor", "major", "critical", "blocker");
      assertThat(finding.path("source").asText()).isEqualTo("metrics");
      assertThat(finding.path("path").asText()).isIn(COUPONS, PRICE_CALCULATOR, SHIPPING);
      assertThat(finding.path("startLine").asInt()).isPositive();
      assertThat(finding.path("endLine").asInt()).isGreaterThanOrEqualTo(finding.path("startLine").asInt());
      assertThat(finding.path("message").asText()).isNotBlank();
      assertThat(finding.path("fingerprint").asText()).isNotBlank();
      assertThat(finding.path("onChangedLine").asBoolean()).isTrue();
      assertThat(finding.path("suppressed").isBoolean()).isTrue();
    }
    JsonNode raised = only(reports.findingsOn(PRICE_CALCULATOR), "complexity.cognitive");
    assertThat(raised.path("severity").asText()).isEqualTo("critical");
    assertThat(raised.path("startLine").asInt()).isEqualTo(15);
    assertThat(raised.path("endLine").asInt()).isEqualTo(39);
    JsonNode touched = only(reports.findingsOn(SHIPPING), "complexity.cognitive");
    assertThat(touched.path("severity").asText()).isEqualTo("info");

    assertThat(json.path("usage").path("requests").asInt()).isZero();
    assertThat(json.path("gate").path("failOn").asText()).isEqualTo("critical");
    assertThat(json.path("gate").path("failed").asBoolean()).isTrue();
    assertThat(json.path("gate").path("reason").asText()).startsWith("2 findings at or above critical");
  }

  @Test
  void sarifIsValidAndCarriesTheSameFindings() {
    assertThat(reports.sarifSchemaViolations()).isEmpty();
    JsonNode run = reports.sarif().path("runs").path(0);
    JsonNode results = run.path("results");
    assertThat(results.size()).isEqualTo(reports.json().path("findings").size());
    for (JsonNode result : results) {
      String uri = result.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
      assertThat(uri).isIn(COUPONS, PRICE_CALCULATOR, SHIPPING);
      assertThat(result.path("partialFingerprints").size()).isPositive();
    }
    List<String> fingerprints =
        StreamSupport.stream(reports.json().path("findings").spliterator(), false)
            .map(f -> f.path("fingerprint").asText())
            .toList();
    assertThat(StreamSupport.stream(results.spliterator(), false)
            .map(r -> r.path("partialFingerprints").elements().next().asText()))
        .containsExactlyInAnyOrderElementsOf(fingerprints);
  }

  private static JsonNode only(List<JsonNode> findings, String ruleId) {
    List<JsonNode> matching = findings.stream().filter(f -> f.path("ruleId").asText().equals(ruleId)).toList();
    assertThat(matching).as(ruleId + " findings in " + findings).hasSize(1);
    return matching.get(0);
  }
}
