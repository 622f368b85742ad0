package io.github.reviewagent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** A changed file that does not parse is named with its line; the other files are still reviewed. */
class UnparsableFileIT {

  private static final String BROKEN = "src/main/java/com/example/Broken.java";
  private static final String STOCK = "src/main/java/com/example/Stock.java";

  @Test
  void theFileIsNamedWithItsLineAndTheRestIsReviewed() {
    try (SampleProject project = SampleProject.copy("single-module", "unparsable").commitBase()) {
      project.add("Broken.java", BROKEN)
          .edit(STOCK, text -> text.replace("waiting.get(sku) * 2;", "waiting.get(sku) * 3;"));

      BuildResult build = MavenBuild.in(project.root()).goals("review:review").run();

      // nothing on the changed lines gates: the broken file does not fail the build, it makes the review partial
      assertThat(build.exitCode()).as(build.toString()).isZero();
      assertThat(build.messages("WARNING"))
          .as(build.toString())
          .anySatisfy(line -> assertThat(line).contains(BROKEN + " could not be parsed at line 7"))
          .anySatisfy(line -> assertThat(line).startsWith(STOCK + ":22 info complexity.cognitive "));
      assertThat(build.messages("INFO")).anySatisfy(line -> assertThat(line).startsWith("Code review: partial review of 2 files"));
      assertThat(build.logText()).doesNotContain("ParseProblemException").doesNotContain("\tat ");

      Reports reports = build.reports();
      JsonNode json = reports.json();
      assertThat(json.path("status").asText()).isEqualTo("partial");
      JsonNode error = reports.fileEntry(BROKEN).path("parseError");
      assertThat(error.path("line").asInt()).isEqualTo(7);
      assertThat(error.path("message").asText()).isNotBlank();
      assertThat(reports.findingsOn(BROKEN)).isEmpty();
      assertThat(reports.findingsOn(STOCK)).extracting(f -> f.path("severity").asText()).contains("info");
      assertThat(reports.sarifSchemaViolations()).isEmpty();
    }
  }
}
