package io.github.reviewagent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A change whose findings do not gate, reviewed in one forked build: it lightly touches an old complex method,
 * renames a file that holds another one, deletes a file (committed), and adds two complex methods whose findings
 * the author suppressed, one with a comment and one with {@code @SuppressWarnings} (not yet committed, the new
 * file untracked).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NonGatingChangeIT {

  private static final String STOCK = "src/main/java/com/example/Stock.java";
  private static final String LABELS_BEFORE = "src/main/java/com/example/Labels.java";
  private static final String LABELS = "src/main/java/com/example/shelf/Labels.java";
  private static final String LEGACY = "src/main/java/com/example/Legacy.java";
  private static final String FORECAST = "src/main/java/com/example/Forecast.java";

  private BuildResult build;
  private Reports reports;

  @BeforeAll
  void reviewTheChange() {
    try (SampleProject project = SampleProject.copy("single-module", "non-gating").commitBase()) {
      project.move(LABELS_BEFORE, LABELS)
          .edit(LABELS, text -> text.replace("package com.example;", "package com.example.shelf;"))
          .delete(LEGACY)
          .commitAll("Labels move to their own package; Legacy goes");
      project.edit(STOCK, text -> text.replace("waiting.get(sku) * 2;", "waiting.get(sku) * 3;"))
          .add("Forecast.java", FORECAST);
      build = MavenBuild.in(project.root()).goals("review:review").run();
      reports = build.reports();
    }
  }

  @Test
  void theBuildPasses() {
    assertThat(build.exitCode()).as(build.toString()).isZero();
    assertThat(build.log()).contains("[INFO] BUILD SUCCESS");
    assertThat(build.messages("INFO"))
        .as(build.toString())
        .contains("Gate passed (fails on critical or higher): No unsuppressed finding at or above critical on changed"
            + " lines.");
  }

  @Test
  void anOldComplexMethodTheChangeOnlyTouchedIsReportedWithoutGating() {
    assertThat(build.messages("WARNING"))
        .as(build.toString())
        .anySatisfy(line -> assertThat(line)
            .startsWith(STOCK + ":22 info complexity.cognitive Stock.reorder(List,Map,boolean,int) has cognitive"
                + " complexity 23 (threshold 15); the change touched it without raising it."));
    JsonNode finding = cognitive(STOCK);
    assertThat(finding.path("severity").asText()).isEqualTo("info");
    assertThat(finding.path("onChangedLine").asBoolean()).isTrue();
    assertThat(reports.fileEntry(STOCK).path("changedLines").toString()).isEqualTo("[[28,28]]");
  }

  @Test
  void suppressedFindingsStayInTheReportsMarked() {
    List<JsonNode> suppressed =
        reports.findingsOn(FORECAST).stream().filter(f -> f.path("ruleId").asText().equals("complexity.cognitive")).toList();
    assertThat(suppressed)
        .extracting(f -> f.path("message").asText().replaceAll(" has .*", ""))
        .containsExactlyInAnyOrder(
            "New method Forecast.weekly(List,boolean,boolean)", "New method Forecast.monthly(List,boolean,boolean)");
    assertThat(suppressed).allSatisfy(finding -> {
      assertThat(finding.path("severity").asText()).isEqualTo("critical");
      assertThat(finding.path("suppressed").asBoolean()).isTrue();
    });
    assertThat(reports.json().path("summary").path("suppressed").asInt()).isEqualTo(2);
    // the log counts them without listing them: the code already says they are accepted
    assertThat(build.messages("INFO")).contains("  (2 suppressed, not listed)");
    assertThat(build.log()).noneMatch(line -> line.contains(FORECAST) && line.contains("complexity.cognitive"));

    assertThat(reports.sarifSchemaViolations()).isEmpty();
    List<JsonNode> sarifSuppressed = new ArrayList<>();
    reports.sarif().at("/runs/0/results").forEach(result -> {
      if (result.at("/locations/0/physicalLocation/artifactLocation/uri").asText().equals(FORECAST)
          && result.path("ruleId").asText().equals("complexity.cognitive")) {
        sarifSuppressed.add(result);
      }
    });
    assertThat(sarifSuppressed)
        .hasSize(2)
        .allSatisfy(result -> assertThat(result.at("/suppressions/0/kind").asText()).isEqualTo("inSource"));
  }

  @Test
  void aRenamedFileIsFollowedAndADeletedOneIsLeftOut() {
    assertThat(reports.filePaths()).containsExactlyInAnyOrder(STOCK, LABELS, FORECAST);
    JsonNode renamed = reports.fileEntry(LABELS);
    assertThat(renamed.path("status").asText()).isEqualTo("renamed");
    assertThat(renamed.path("previousPath").asText()).isEqualTo(LABELS_BEFORE);
    assertThat(renamed.path("changedLines").toString()).isEqualTo("[[1,1]]");
    // moving a file does not make its old complex method new code
    assertThat(reports.findingsOn(LABELS)).isEmpty();
    assertThat(reports.fileEntry(FORECAST).path("status").asText()).isEqualTo("added");
    assertThat(reports.fileEntry(STOCK).path("status").asText()).isEqualTo("modified");
    assertThat(build.logText()).doesNotContain("Legacy");
  }

  private JsonNode cognitive(String path) {
    List<JsonNode> findings =
        reports.findingsOn(path).stream().filter(f -> f.path("ruleId").asText().equals("complexity.cognitive")).toList();
    assertThat(findings).as(build.toString()).hasSize(1);
    return findings.get(0);
  }
}
