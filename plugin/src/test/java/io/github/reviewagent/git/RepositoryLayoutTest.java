package io.github.reviewagent.git;

import static io.github.reviewagent.git.TestRepo.cli;
import static io.github.reviewagent.git.TestRepo.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Work trees whose {@code .git} is a file: linked worktrees and submodules (made with the git CLI). */
class RepositoryLayoutTest {

  @TempDir
  Path tmp;

  @Test
  void linkedWorktreeIsItsOwnWorkTreeSharingTheMainRepositorysRefs() throws Exception {
    Path main = tmp.resolve("main");
    try (TestRepo repo = TestRepo.init(main).write("A.java", lines("a"))) {
      repo.commitAll("base");
    }
    cli(main, "worktree", "add", "-q", "-b", "feature", "../wt");
    Path worktree = tmp.resolve("wt");
    assertThat(worktree.resolve(".git")).isRegularFile();
    Files.writeString(worktree.resolve("B.java"), lines("b"));
    Files.writeString(main.resolve("OnlyInMain.java"), lines("m"));

    ChangeSet changes = new JGitChangeDetector(name -> null).detect(worktree, null);

    assertThat(changes.repositoryRoot()).isEqualTo(worktree);
    assertThat(changes.baseRef()).isEqualTo("main");
    assertThat(changes.files()).extracting(ChangedPath::path).containsExactly("B.java");
  }

  @Test
  void submoduleIsReviewedFromInsideAndSkippedFromTheSuperproject() throws Exception {
    Path library = tmp.resolve("library");
    try (TestRepo repo = TestRepo.init(library).write("Lib.java", lines("lib"))) {
      repo.commitAll("library");
    }
    Path app = tmp.resolve("app");
    try (TestRepo repo = TestRepo.init(app).write("App.java", lines("app"))) {
      repo.commitAll("app");
    }
    cli(app, "submodule", "add", "-q", library.toUri().toString(), "lib");
    cli(app, "commit", "-q", "-m", "add submodule");
    cli(app, "checkout", "-q", "-b", "feature");
    Path submodule = app.resolve("lib");
    assertThat(submodule.resolve(".git")).isRegularFile();
    Files.writeString(submodule.resolve("Lib.java"), lines("lib", "changed"));
    Files.writeString(submodule.resolve("Extra.java"), lines("extra"));
    Files.writeString(app.resolve("App.java"), lines("app", "changed"));

    ChangeSet inside = new JGitChangeDetector(name -> null).detect(submodule, "main");
    ChangeSet outside = new JGitChangeDetector(name -> null).detect(app, "main");

    assertThat(inside.repositoryRoot()).isEqualTo(submodule);
    assertThat(inside.files()).extracting(ChangedPath::path).containsExactly("Extra.java", "Lib.java");
    assertThat(outside.repositoryRoot()).isEqualTo(app);
    assertThat(outside.files()).extracting(ChangedPath::path).containsExactly("App.java");
  }

  @Test
  void sparseCheckoutReviewsWhatIsCheckedOutAndNamesChangedFilesOutsideIt() throws Exception {
    Path dir = tmp.resolve("sparse");
    try (TestRepo repo = TestRepo.init(dir).write("x/A.java", lines("a")).write("y/B.java", lines("b"))) {
      repo.commitAll("base");
      repo.newBranch("feature").write("y/B.java", lines("b", "changed")).write("y/C.java", lines("c"))
          .write("x/A.java", lines("a", "changed")).commitAll("feature");
    }
    cli(dir, "update-index", "-q", "--refresh"); // git leaves files it thinks dirty behind
    cli(dir, "sparse-checkout", "set", "x");
    assertThat(dir.resolve("y")).doesNotExist();
    Files.writeString(dir.resolve("x/New.java"), lines("n"));

    ChangeSet changes = new JGitChangeDetector(name -> null).detect(dir, "main");

    assertThat(changes.files()).extracting(ChangedPath::path).containsExactly("x/A.java", "x/New.java");
    assertThat(changes.warnings()).containsExactly("2 file(s) changed since the base are outside the sparse"
        + " checkout and not reviewed: y/B.java, y/C.java. Check them out with `git sparse-checkout add"
        + " <directory>` or `git sparse-checkout disable`.");
  }

  @Test
  void linkedWorktreeOfAShallowCloneIsKnownToBeShallow() throws Exception {
    Path seed = tmp.resolve("seed");
    try (TestRepo repo = TestRepo.init(seed).write("A.java", lines("a"))) {
      repo.commitAll("base");
      repo.newBranch("feature").write("F.java", lines("f")).commitAll("feature");
      repo.checkout("main").write("M.java", lines("m")).commitAll("main moves on");
    }
    cli(tmp, "clone", "-q", "--depth", "1", "--no-single-branch", seed.toUri().toString(), "shallow");
    cli(tmp.resolve("shallow"), "worktree", "add", "-q", "../wt", "origin/feature");

    assertThatThrownBy(() -> new JGitChangeDetector(name -> null).detect(tmp.resolve("wt"), "origin/main"))
        .hasMessageContaining("this is a shallow clone that lacks the commit where they meet");
  }
}
