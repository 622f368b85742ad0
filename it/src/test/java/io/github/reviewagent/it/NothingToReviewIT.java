package io.github.reviewagent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Builds in which the review has nothing to do say so and pass. */
class NothingToReviewIT {

  @Test
  void reviewSkipDoesNothing() {
    try (SampleProject project = SampleProject.copy("single-module", "skip").commitBase()) {
      project.add("Forecast.java", "src/main/java/com/example/Forecast.java");

      BuildResult build = MavenBuild.in(project.root()).goals("review:review").property("review.skip", "true").run();

      assertThat(build.exitCode()).as(build.toString()).isZero();
      assertThat(build.messages("INFO")).as(build.toString()).contains("Review skipped (review.skip=true)");
      assertThat(build.logText()).doesNotContain("Code review:");
      assertThat(project.resolve("target/review")).doesNotExist();
    }
  }

  @Test
  void anEmptyDiffSaysSoAndPasses() {
    try (SampleProject project = SampleProject.copy("single-module", "empty-diff").commitBase()) {
      // a change, but not to Java sources
      project.write("README.md", "# Inventory\n").commitAll("a README");

      BuildResult build = MavenBuild.in(project.root()).goals("review:review").run();

      assertThat(build.exitCode()).as(build.toString()).isZero();
      assertThat(build.messages("WARNING"))
          .as(build.toString())
          .anySatisfy(line -> assertThat(line)
              .contains("No Java source of the build's modules changed since main (" + project.baseCommit().substring(0, 10) + ")")
              .contains("nothing to review")
              .contains("1 other changed files ignored"));
      assertThat(build.messages("INFO")).anySatisfy(line -> assertThat(line).startsWith("Gate passed"));
      JsonNode json = build.reports().json();
      assertThat(json.path("status").asText()).isEqualTo("complete");
      assertThat(json.path("files").size()).isZero();
      assertThat(json.path("findings").size()).isZero();
      assertThat(json.path("gate").path("failed").asBoolean()).isFalse();
    }
  }
}
