package io.github.reviewagent.git;

import static io.github.reviewagent.git.TestRepo.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A warm-up prepares detection without deciding anything: it never throws, and detection still reads the tree. */
class DetectionWarmUpTest {

  @TempDir
  Path dir;

  private final JGitChangeDetector detector = new JGitChangeDetector(name -> null);

  @Test
  void saysWhetherTheWorkingTreeDiffersAndDetectionStillSeesLaterEdits() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("src/A.java", lines("a")).write("src/B.java", lines("b"));
      repo.commitAll("base");
      repo.newBranch("feature");

      assertThat(detector.warmUp(dir.resolve("src"), "main")).isFalse();
      repo.write("src/B.java", lines("b", "edited after the warm-up"));

      assertThat(detector.detect(dir, "main").files()).extracting(ChangedPath::path).containsExactly("src/B.java");
      assertThat(detector.warmUp(dir, null)).as("auto-detected base").isTrue();
    }
  }

  @Test
  void withoutARepositoryACommitOrTheBaseItSaysNoAndThrowsNothing() throws Exception {
    assertThat(detector.warmUp(null, null)).isFalse();
    assertThat(detector.warmUp(dir, null)).as("not a repository").isFalse();

    Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call().close();
    assertThat(detector.warmUp(dir, null)).as("no commit yet").isFalse();

    try (TestRepo repo = TestRepo.open(dir)) {
      repo.write("A.java", lines("a")).commitAll("base");
      repo.write("A.java", lines("a", "changed"));
      assertThat(detector.warmUp(dir, "no-such-branch")).isFalse();
      assertThat(detector.warmUp(dir, "main")).isTrue();
    }
  }
}
