package io.github.reviewagent.git;

import static io.github.reviewagent.git.TestRepo.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One computation per repository and base, shared by the modules of a build, also across threads. */
class DetectionCacheTest {

  @TempDir
  Path dir;

  private TestRepo repo;

  @BeforeEach
  void repoWithModules() throws Exception {
    repo = TestRepo.init(dir)
        .write("module-a/A.java", lines("a"))
        .write("module-b/B.java", lines("b"));
    repo.commitAll("base");
    repo.newBranch("feature").write("module-a/A.java", lines("a", "changed"));
  }

  @AfterEach
  void close() {
    repo.close();
  }

  @Test
  void modulesOfOneRepositoryShareOneResultUntilANewDetector() throws Exception {
    JGitChangeDetector detector = new JGitChangeDetector(name -> null);

    ChangeSet first = detector.detect(dir.resolve("module-a"), "main");
    Files.writeString(dir.resolve("module-b/B.java"), lines("b", "changed later"));
    ChangeSet second = detector.detect(dir.resolve("module-b"), "main");

    assertThat(second).isSameAs(first);
    assertThat(second.files()).extracting(ChangedPath::path).containsExactly("module-a/A.java");
    assertThat(new JGitChangeDetector(name -> null).detect(dir, "main").files())
        .extracting(ChangedPath::path).containsExactly("module-a/A.java", "module-b/B.java");
  }

  @Test
  void differentBasesAreCachedApartAndAutoIsOneKey() throws Exception {
    repo.commitAll("feature");
    JGitChangeDetector detector = new JGitChangeDetector(name -> null);

    ChangeSet againstMain = detector.detect(dir, "main");
    ChangeSet againstFeature = detector.detect(dir, "feature");

    assertThat(againstMain.files()).hasSize(1);
    assertThat(againstFeature.files()).isEmpty();
    assertThat(detector.detect(dir, null))
        .isSameAs(detector.detect(dir, "auto"))
        .isSameAs(detector.detect(dir, " "));
  }

  @Test
  void concurrentModulesGetTheSameResult() throws Exception {
    JGitChangeDetector detector = new JGitChangeDetector(name -> null);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<ChangeSet>> calls = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        Path module = dir.resolve(i % 2 == 0 ? "module-a" : "module-b");
        calls.add(() -> detector.detect(module, "main"));
      }
      List<ChangeSet> results = new ArrayList<>();
      for (Future<ChangeSet> future : pool.invokeAll(calls)) {
        results.add(future.get());
      }
      assertThat(results).allSatisfy(result -> assertThat(result).isSameAs(results.get(0)));
      assertThat(results.get(0).files()).extracting(ChangedPath::path).containsExactly("module-a/A.java");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void failuresAreRethrownToEveryCaller() throws Exception {
    JGitChangeDetector detector = new JGitChangeDetector(name -> null);

    for (String module : List.of("module-a", "module-b")) {
      assertThatThrownBy(() -> detector.detect(dir.resolve(module), "nope"))
          .isInstanceOf(GitException.class)
          .hasMessageStartingWith("review.base 'nope' is not a branch, tag or commit");
    }
  }
}
