package io.github.reviewagent.git;

import static io.github.reviewagent.git.TestRepo.cli;
import static io.github.reviewagent.git.TestRepo.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checkouts CI systems really make, rebuilt with the git CLI the way their checkout steps run it, and
 * what the review finds in them or tells the user to do.
 */
class CiCheckoutTest {

  @TempDir
  Path tmp;

  /**
   * A bare "origin": main has two commits, feature forks from the first and changes F.java, main moves on
   * (M.java) after the fork, and refs/pull/1/merge is feature merged into main, as GitHub prepares it.
   */
  private Path origin() throws Exception {
    Path seed = tmp.resolve("seed");
    try (TestRepo repo = TestRepo.init(seed).write("A.java", lines("a"))) {
      repo.commitAll("base");
      repo.newBranch("feature").write("F.java", lines("f")).commitAll("feature");
      repo.checkout("main").write("M.java", lines("m")).commitAll("main moves on");
    }
    cli(seed, "checkout", "-q", "--detach", "main");
    cli(seed, "merge", "-q", "--no-ff", "-m", "Merge feature into main", "feature");
    cli(seed, "update-ref", "refs/pull/1/merge", "HEAD");
    cli(seed, "checkout", "-q", "main");
    cli(tmp, "clone", "--bare", "-q", seed.toUri().toString(), "origin.git");
    cli(tmp.resolve("origin.git"), "fetch", "-q", seed.toUri().toString(), "+refs/pull/*:refs/pull/*");
    return tmp.resolve("origin.git");
  }

  /** What actions/checkout does for a pull_request event: init, add origin, fetch the merge ref, detach. */
  private Path githubPullRequestCheckout(Path origin, int depth) throws Exception {
    Path work = Files.createDirectories(tmp.resolve("gha"));
    cli(work, "init", "-q");
    cli(work, "remote", "add", "origin", origin.toUri().toString());
    if (depth > 0) {
      cli(work, "fetch", "-q", "--no-tags", "--depth=" + depth, "origin",
          "+refs/pull/1/merge:refs/remotes/pull/1/merge");
    } else {
      cli(work, "fetch", "-q", "--prune", "origin", "+refs/heads/*:refs/remotes/origin/*",
          "+refs/tags/*:refs/tags/*");
      cli(work, "fetch", "-q", "origin", "+refs/pull/1/merge:refs/remotes/pull/1/merge");
    }
    cli(work, "checkout", "-q", "--detach", "refs/remotes/pull/1/merge");
    return work;
  }

  private static ChangeSet detect(Path dir, String base, Map<String, String> env) throws GitException {
    return new JGitChangeDetector(env::get).detect(dir, base);
  }

  @Test
  void githubPullRequestWithDefaultDepthOneSaysToFetchTheTargetBranchWithHistoryAndThatWorks() throws Exception {
    Path work = githubPullRequestCheckout(origin(), 1);

    assertThatThrownBy(() -> detect(work, null, Map.of("GITHUB_BASE_REF", "main")))
        .isInstanceOf(GitException.class)
        .hasMessage("Found no base to compare with in " + work + ": tried origin/main, main, origin/HEAD,"
            + " origin/master, master. Pass the branch this work is based on with -Dreview.base=<ref> (for"
            + " example -Dreview.base=origin/main), or fetch it first: GITHUB_BASE_REF names the target branch"
            + " 'main', which this clone has not fetched, and it is shallow, so the merge base is missing too:"
            + " fetch the branch and the whole history (git fetch --unshallow origin main); in GitHub Actions"
            + " set `fetch-depth: 0` on actions/checkout, in GitLab CI set GIT_DEPTH: 0.");

    cli(work, "fetch", "-q", "--unshallow", "origin", "main");
    ChangeSet changes = detect(work, null, Map.of("GITHUB_BASE_REF", "main"));
    assertThat(changes.baseRef()).isEqualTo("origin/main");
    assertThat(changes.files()).extracting(ChangedPath::path).containsExactly("F.java");
  }

  @Test
  void githubPullRequestWhoseTargetBranchIsFetchedWithoutHistorySaysToUnshallow() throws Exception {
    Path work = githubPullRequestCheckout(origin(), 1);
    cli(work, "fetch", "-q", "--depth=1", "origin", "main");

    assertThatThrownBy(() -> detect(work, null, Map.of("GITHUB_BASE_REF", "main")))
        .isInstanceOf(GitException.class)
        .hasMessageStartingWith("No merge base between origin/main (")
        .hasMessageContaining("this is a shallow clone that lacks the commit where they meet. Fetch more history"
            + " with `git fetch --unshallow`");

    cli(work, "fetch", "-q", "--unshallow");
    assertThat(detect(work, null, Map.of("GITHUB_BASE_REF", "main")).files()).extracting(ChangedPath::path)
        .containsExactly("F.java");
  }

  @Test
  void githubPullRequestWithFetchDepthZeroFindsExactlyThePullRequestsChange() throws Exception {
    Path work = githubPullRequestCheckout(origin(), 0);

    ChangeSet changes = detect(work, null, Map.of("GITHUB_BASE_REF", "main"));

    assertThat(changes.baseRef()).isEqualTo("origin/main");
    assertThat(changes.files()).extracting(ChangedPath::path).containsExactly("F.java");
    assertThat(changes.warnings()).singleElement().asString().startsWith("HEAD is detached at ");
  }

  @Test
  void fullCommitIdMissingFromAShallowCloneSaysToFetchIt() throws Exception {
    Path origin = origin();
    Path work = githubPullRequestCheckout(origin, 1);
    String before = cli(origin, "rev-parse", "main~1").strip();

    assertThatThrownBy(() -> detect(work, before, Map.of()))
        .isInstanceOf(GitException.class)
        .hasMessage("review.base '" + before + "' names commit " + before + ", which is not in the clone " + work
            + ". Fetch it first (git fetch origin " + before + "), or pass a branch that exists with"
            + " -Dreview.base=<ref>. This is a shallow clone, which often holds only the checked-out branch:"
            + " fetch the base branch or the whole history (git fetch --unshallow); in GitHub Actions set"
            + " `fetch-depth: 0` on actions/checkout.");
  }
}
