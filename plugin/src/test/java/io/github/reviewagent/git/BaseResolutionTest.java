package io.github.reviewagent.git;

import static io.github.reviewagent.git.TestRepo.cli;
import static io.github.reviewagent.git.TestRepo.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which commit the review compares with, and what the user is told when that goes wrong. */
class BaseResolutionTest {

  @TempDir
  Path tmp;

  /** main: base commit; feature: one more commit. */
  private TestRepo repoWithFeature(Path dir) throws Exception {
    TestRepo repo = TestRepo.init(dir).write("A.java", lines("a"));
    repo.commitAll("base");
    repo.newBranch("feature").write("A.java", lines("a", "feature")).commitAll("feature");
    return repo;
  }

  /** A bare "origin" whose main has a base commit and whose develop and release branches fork from it. */
  private Path origin() throws Exception {
    Path work = tmp.resolve("seed");
    try (TestRepo seed = TestRepo.init(work).write("A.java", lines("a"))) {
      seed.commitAll("base");
      seed.newBranch("develop").write("D.java", lines("d")).commitAll("develop");
      seed.checkout("main").newBranch("release").write("R.java", lines("r")).commitAll("release");
      seed.checkout("main");
    }
    cli(tmp, "clone", "--bare", "-q", work.toUri().toString(), "origin.git");
    return tmp.resolve("origin.git");
  }

  private Path cloneOf(Path origin, String... options) throws Exception {
    String[] args = new String[options.length + 4];
    args[0] = "clone";
    args[1] = "-q";
    System.arraycopy(options, 0, args, 2, options.length);
    args[options.length + 2] = origin.toUri().toString();
    args[options.length + 3] = "clone";
    cli(tmp, args);
    return tmp.resolve("clone");
  }

  private static ChangeSet detect(Path dir, String base, Map<String, String> env) throws GitException {
    return new JGitChangeDetector(env::get).detect(dir, base);
  }

  private static String sha(Path dir, String rev) throws Exception {
    return cli(dir, "rev-parse", rev).strip();
  }

  @Test
  void explicitBaseMayBeABranchTagShaOrAbbreviatedSha() throws Exception {
    try (TestRepo repo = repoWithFeature(tmp.resolve("r"))) {
      ObjectId main = repo.git.getRepository().resolve("main");
      RevCommit mainCommit = repo.git.getRepository().parseCommit(main);
      repo.git.tag().setName("v1").setObjectId(mainCommit).setAnnotated(true).setMessage("v1").setSigned(false)
          .call();
      repo.git.tag().setName("light").setObjectId(mainCommit).setAnnotated(false).call();

      for (String base : new String[] {"main", "refs/heads/main", "v1", "light", main.name(),
          main.abbreviate(8).name(), "feature~1", "auto", "  main  "}) {
        ChangeSet changes = repo.detect(base);
        assertThat(changes.baseCommit()).as(base).isEqualTo(main.name());
        assertThat(changes.files()).as(base).extracting(ChangedPath::path).containsExactly("A.java");
      }
      assertThat(repo.detect("v1").baseRef()).isEqualTo("v1");
      assertThat(repo.detect(" main ").baseRef()).isEqualTo("main");
    }
  }

  @Test
  void autoInAnyCaseAutoDetectsTheBase() throws Exception {
    Path clone = cloneOf(origin());
    try (TestRepo repo = TestRepo.open(clone)) {
      repo.newBranch("feature").write("F.java", lines("f")).commitAll("feature");
    }

    for (String base : new String[] {"auto", "AUTO", "Auto", " aUtO "}) {
      ChangeSet auto = detect(clone, base, Map.of());
      assertThat(auto.baseRef()).as(base).isEqualTo("origin/HEAD");
      assertThat(auto.files()).as(base).extracting(ChangedPath::path).containsExactly("F.java");
    }
  }

  @Test
  void remoteTrackingBranchOfACloneWorksAndIsAutoDetectedAsOriginHead() throws Exception {
    Path clone = cloneOf(origin());
    try (TestRepo repo = TestRepo.open(clone)) {
      repo.newBranch("feature").write("F.java", lines("f")).commitAll("feature");
    }

    assertThat(detect(clone, "origin/develop", Map.of()).baseCommit()).isEqualTo(sha(clone, "main"));
    ChangeSet auto = detect(clone, null, Map.of());
    assertThat(auto.baseRef()).isEqualTo("origin/HEAD");
    assertThat(auto.baseCommit()).isEqualTo(sha(clone, "origin/main"));
    assertThat(auto.files()).extracting(ChangedPath::path).containsExactly("F.java");
  }

  @Test
  void autoDetectionPrefersOriginMainThenOriginMasterThenLocalMainThenMaster() throws Exception {
    Path clone = cloneOf(origin());
    cli(clone, "remote", "set-head", "origin", "--delete");
    assertThat(detect(clone, null, Map.of()).baseRef()).isEqualTo("origin/main");

    cli(clone, "branch", "-m", "main", "master");
    cli(clone, "update-ref", "refs/remotes/origin/master", "origin/main");
    cli(clone, "update-ref", "-d", "refs/remotes/origin/main");
    assertThat(detect(clone, null, Map.of()).baseRef()).isEqualTo("origin/master");

    try (TestRepo local = repoWithFeature(tmp.resolve("local"))) {
      assertThat(local.detect(null).baseRef()).isEqualTo("main");
      local.git.branchRename().setOldName("main").setNewName("master").call();
      assertThat(local.detect(null).baseRef()).isEqualTo("master");
    }
  }

  @Test
  void ciTargetBranchComesFirstInTheDocumentedOrder() throws Exception {
    Path clone = cloneOf(origin());
    cli(clone, "branch", "local-only", "origin/develop");

    assertThat(detect(clone, null, Map.of("GITHUB_BASE_REF", "develop",
        "CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "release")).baseRef()).isEqualTo("origin/develop");
    assertThat(detect(clone, null, Map.of("GITHUB_BASE_REF", " ",
        "CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "release", "CHANGE_TARGET", "develop")).baseRef())
        .isEqualTo("origin/release");
    assertThat(detect(clone, null, Map.of("CHANGE_TARGET", "develop")).baseRef()).isEqualTo("origin/develop");
    assertThat(detect(clone, null, Map.of("GITHUB_BASE_REF", "local-only")).baseRef()).isEqualTo("local-only");
    assertThat(detect(clone, "main", Map.of("GITHUB_BASE_REF", "develop")).baseRef())
        .as("an explicit base wins over the CI variables").isEqualTo("main");
  }

  @Test
  void missingCiTargetBranchFallsBackWithAWarning() throws Exception {
    Path clone = cloneOf(origin());
    try (TestRepo repo = TestRepo.open(clone)) {
      repo.newBranch("feature").write("F.java", lines("f")).commitAll("feature");
    }

    ChangeSet changes = detect(clone, null, Map.of("GITHUB_BASE_REF", "gone"));

    assertThat(changes.baseRef()).isEqualTo("origin/HEAD");
    assertThat(changes.warnings()).containsExactly("GITHUB_BASE_REF names the target branch 'gone', but neither"
        + " origin/gone nor gone exists in this clone; compared with origin/HEAD instead. Fetch it"
        + " (git fetch origin gone:refs/remotes/origin/gone) or pass -Dreview.base=<ref>.");
  }

  @Test
  void noAutoDetectableBaseListsWhatWasTried() throws Exception {
    try (TestRepo repo = TestRepo.init(tmp.resolve("r")).write("A.java", lines("a"))) {
      repo.commitAll("base");
      repo.git.branchRename().setOldName("main").setNewName("trunk").call();

      assertThatThrownBy(() -> detect(repo.dir, null, Map.of("CHANGE_TARGET", "gone")))
          .isInstanceOf(GitException.class)
          .isNotInstanceOf(NotAGitRepositoryException.class)
          .hasMessage("Found no base to compare with in " + repo.dir + ": tried origin/gone, gone, origin/HEAD,"
              + " origin/main, origin/master, main, master. Pass the branch this work is based on with"
              + " -Dreview.base=<ref> (for example -Dreview.base=origin/main), or fetch it first: CHANGE_TARGET"
              + " names the target branch 'gone', which this clone has not fetched (git fetch origin"
              + " gone:refs/remotes/origin/gone).");
      assertThatThrownBy(() -> detect(repo.dir, null, Map.of()))
          .hasMessage("Found no base to compare with in " + repo.dir + ": tried origin/HEAD, origin/main,"
              + " origin/master, main, master. Pass the branch this work is based on with -Dreview.base=<ref>"
              + " (for example -Dreview.base=origin/main), or fetch it first (git fetch origin <branch>).");
    }
  }

  @Test
  void missingExplicitBaseSaysHowToPassOrFetchOne() throws Exception {
    try (TestRepo repo = repoWithFeature(tmp.resolve("r"))) {
      assertThatThrownBy(() -> repo.detect("nope"))
          .isInstanceOf(GitException.class)
          .hasMessage("review.base 'nope' is not a branch, tag or commit in " + repo.dir + ". Pass one that"
              + " exists with -Dreview.base=<ref> (for example -Dreview.base=origin/main), or fetch it first"
              + " (git fetch origin nope:refs/remotes/origin/nope) and pass -Dreview.base=origin/nope.");
    }
  }

  @Test
  void missingExplicitBaseThatExistsOnOriginIsSuggested() throws Exception {
    Path clone = cloneOf(origin());

    assertThatThrownBy(() -> detect(clone, "develop", Map.of()))
        .hasMessageContaining("review.base 'develop' is not a branch, tag or commit")
        .hasMessageContaining("Did you mean -Dreview.base=origin/develop?");
  }

  @Test
  void malformedBaseIsNamed() throws Exception {
    try (TestRepo repo = repoWithFeature(tmp.resolve("r"))) {
      assertThatThrownBy(() -> repo.detect("main^{nonsense}"))
          .isInstanceOf(GitException.class)
          .hasMessageStartingWith("review.base 'main^{nonsense}' ")
          .hasMessageContaining("-Dreview.base=<ref>");
    }
  }

  @Test
  void aRangeIsNamedAsOneAndTheBaseAloneIsAskedFor() throws Exception {
    try (TestRepo repo = repoWithFeature(tmp.resolve("r"))) {
      for (String range : List.of("main..feature", "main...HEAD")) {
        assertThatThrownBy(() -> repo.detect(range))
            .isInstanceOf(GitException.class)
            .hasMessageStartingWith("review.base '" + range + "' is a range")
            .hasMessageContaining("-Dreview.base=main")
            .hasMessageNotContaining("git fetch");
      }
    }
  }

  @Test
  void detachedHeadWorksWithAWarningNamingTheCommit() throws Exception {
    try (TestRepo repo = repoWithFeature(tmp.resolve("r"))) {
      String feature = repo.git.getRepository().resolve("feature").name();
      repo.checkout(feature);

      ChangeSet changes = repo.detect("main");

      assertThat(changes.files()).extracting(ChangedPath::path).containsExactly("A.java");
      assertThat(changes.warnings()).containsExactly("HEAD is detached at " + feature + " (not on a branch);"
          + " comparing that commit and the working tree with main.");
    }
  }

  @Test
  void baseEqualToHeadReviewsOnlyUncommittedChanges() throws Exception {
    try (TestRepo repo = repoWithFeature(tmp.resolve("r"))) {
      repo.write("Uncommitted.java", lines("u"));

      ChangeSet changes = repo.detect("feature");

      assertThat(changes.files()).extracting(ChangedPath::path).containsExactly("Uncommitted.java");
      assertThat(changes.warnings()).containsExactly("The base feature is HEAD itself ("
          + repo.git.getRepository().resolve("feature").abbreviate(12).name()
          + "), so only uncommitted changes are reviewed.");
    }
  }

  @Test
  void headBehindTheBaseReviewsOnlyUncommittedChanges() throws Exception {
    try (TestRepo repo = repoWithFeature(tmp.resolve("r"))) {
      repo.checkout("main");

      ChangeSet changes = repo.detect("feature");

      assertThat(changes.files()).isEmpty();
      assertThat(changes.warnings()).singleElement().asString()
          .endsWith(") is already part of feature, so only uncommitted changes are reviewed.");
    }
  }

  @Test
  void headWithoutCommitsSaysToCommitFirst() throws Exception {
    try (TestRepo repo = TestRepo.init(tmp.resolve("r")).write("A.java", lines("a"))) {
      assertThatThrownBy(() -> repo.detect(null))
          .isInstanceOf(GitException.class)
          .hasMessage("HEAD in " + repo.dir + " has no commits yet, so there is no history to compare with."
              + " Commit first, or review every file with -Dreview.scope=all.");
    }
  }

  @Test
  void notAGitRepositoryIsItsOwnRecognisableOutcome() throws Exception {
    Path plain = Files.createDirectories(tmp.resolve("plain/module"));

    assertThatThrownBy(() -> new JGitChangeDetector(name -> null).detect(plain, null))
        .isInstanceOfSatisfying(NotAGitRepositoryException.class,
            e -> assertThat(e.directory()).isEqualTo(plain))
        .hasMessage(plain + " is not inside a git work tree (no .git in it or in any parent directory), so there"
            + " is no base to compare with.");
  }

  @Test
  void unrelatedHistoriesAreReported() throws Exception {
    try (TestRepo repo = repoWithFeature(tmp.resolve("r"))) {
      repo.git.checkout().setOrphan(true).setName("orphan").call();
      repo.commitAll("orphan root");

      assertThatThrownBy(() -> repo.detect("main"))
          .hasMessageStartingWith("No merge base between main (")
          .hasMessageContaining(": they share no history. Pass the branch this work is based on with"
              + " -Dreview.base=<ref>");
    }
  }

  @Test
  void shallowCloneWithoutTheMergeBaseSaysHowToFetchItAndTheAdviceWorks() throws Exception {
    Path origin = origin();
    Path clone = cloneOf(origin, "--depth", "1", "--no-single-branch", "--branch", "develop");

    assertThatThrownBy(() -> detect(clone, "origin/release", Map.of()))
        .isInstanceOf(GitException.class)
        .hasMessageStartingWith("No merge base between origin/release (")
        .hasMessageContaining(": this is a shallow clone that lacks the commit where they meet. Fetch more"
            + " history with `git fetch --unshallow`")
        .hasMessageContaining("fetch-depth: 0");

    cli(clone, "fetch", "-q", "--unshallow");
    ChangeSet changes = detect(clone, "origin/release", Map.of());
    assertThat(changes.baseCommit()).isEqualTo(sha(clone, "origin/main"));
    assertThat(changes.files()).extracting(ChangedPath::path).containsExactly("D.java");
  }

  @Test
  void shallowSingleBranchCloneWithoutTheBaseSaysItIsShallow() throws Exception {
    Path clone = cloneOf(origin(), "--depth", "1");

    assertThatThrownBy(() -> detect(clone, "origin/develop", Map.of()))
        .hasMessageContaining("review.base 'origin/develop' is not a branch, tag or commit")
        .hasMessageContaining("This is a shallow clone")
        .hasMessageContaining("git fetch --unshallow");
  }
}
