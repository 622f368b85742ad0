package io.github.reviewagent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the user gets when the setup is not what the review needs: clear messages that say what to do, in
 * Maven's vocabulary (a broken setup is a {@code MojoExecutionException}, not a failed gate).
 */
class SetupProblemsIT {

  @Test
  void aBaseRefThatDoesNotExistIsABuildErrorThatSaysWhatToDo() {
    try (SampleProject project = SampleProject.copy("single-module", "missing-base").commitBase()) {
      project.edit("src/main/java/com/example/Stock.java", text -> text.replace("* 2;", "* 3;"));

      BuildResult build = MavenBuild.in(project.root()).goals("review:review").property("review.base", "nope").run();

      assertThat(build.exitCode()).as(build.toString()).isEqualTo(1);
      assertThat(build.messages("ERROR"))
          .as(build.toString())
          .anySatisfy(line -> assertThat(line)
              .contains("review.base 'nope' is not a branch, tag or commit in " + project.root())
              .contains("-Dreview.base=<ref>")
              .contains("git fetch origin nope"))
          .anySatisfy(line -> assertThat(line).contains("MojoExecutionException"));
      assertThat(build.logText()).doesNotContain("\tat ");
      assertThat(project.resolve("target/review")).doesNotExist();
    }
  }

  @Test
  void aBadParameterValueFailsBeforeAnythingRunsAndNamesTheAcceptedValues() {
    try (SampleProject project = SampleProject.copy("single-module", "bad-parameter").commitBase()) {
      BuildResult build =
          MavenBuild.in(project.root()).goals("review:review").property("review.failOn", "severe").run();

      assertThat(build.exitCode()).as(build.toString()).isEqualTo(1);
      assertThat(build.messages("ERROR"))
          .as(build.toString())
          .anySatisfy(line -> assertThat(line)
              .contains("review.failOn has the value 'severe'; use none, info, minor, major, critical or blocker"))
          .anySatisfy(line -> assertThat(line).contains("MojoExecutionException"));
      assertThat(build.logText()).doesNotContain("Code review:").doesNotContain("\tat ");
      assertThat(project.resolve("target/review")).doesNotExist();
    }
  }

  /** Outside any git work tree (a temporary directory: the IT work directory is inside this repository's). */
  @Test
  void withoutAGitRepositoryEverythingIsReviewedWithAWarning(@TempDir Path temporary) throws IOException {
    Path root = temporary.toRealPath().resolve("no-git");
    assertThat(new FileRepositoryBuilder().findGitDir(temporary.toFile()).getGitDir())
        .as("a git repository above " + temporary + " would make this test meaningless")
        .isNull();
    try (SampleProject project = SampleProject.copy("single-module", root)) {
      BuildResult build = MavenBuild.in(project.root()).goals("review:review").run();

      assertThat(build.messages("WARNING"))
          .as(build.toString())
          .anySatisfy(line -> assertThat(line)
              .contains(project.root() + " is not inside a git work tree")
              .contains("Every source file is reviewed instead"));
      JsonNode json = build.reports().json();
      assertThat(build.reports().filePaths())
          .containsExactlyInAnyOrder(
              "src/main/java/com/example/Inventory.java",
              "src/main/java/com/example/Labels.java",
              "src/main/java/com/example/Legacy.java",
              "src/main/java/com/example/Stock.java");
      assertThat(json.path("base").path("ref").isNull()).isTrue();
      // with no change to compare with, every method is held to the thresholds and every finding counts
      assertThat(build.reports().findingsOn("src/main/java/com/example/Stock.java"))
          .anySatisfy(f -> assertThat(f.path("severity").asText()).isEqualTo("critical"));
      assertThat(build.exitCode()).as(build.toString()).isEqualTo(1);
      assertThat(json.path("gate").path("failed").asBoolean()).isTrue();
      assertThat(build.messages("ERROR")).anySatisfy(line -> assertThat(line).contains("MojoFailureException"));
    }
  }
}
