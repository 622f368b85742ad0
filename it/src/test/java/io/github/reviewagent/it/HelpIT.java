package io.github.reviewagent.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The staged plugin resolves by its prefix in a forked build and describes itself. */
class HelpIT {

  @Test
  void helpGoalDescribesThePlugin() {
    try (SampleProject project = SampleProject.copy("single-module", "help")) {
      BuildResult build = MavenBuild.in(project.root()).goals("review:help").run();

      assertThat(build.exitCode()).as(build.toString()).isZero();
      assertThat(build.logText()).contains("review-agent Maven plugin").contains("review:help");
    }
  }
}
