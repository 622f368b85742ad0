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
            + " fetch the branch and the whole history (git fetch --unshallow origin"
            + " main:refs/remotes/origin/main); in GitHub Actions set `fetch-depth: 0` on actions/checkout, in"
            + " GitLab CI set GIT_DEPTH: 0.");

    cli(work, "fetch", "-q", "--unshallow", "origin", "main:refs/remotes/origin/main");
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

  @Test
  void jenkinsPullRequestCloneWhoseRefspecFetchesOnlyThePullRequestSaysHowToFetchTheTarget() throws Exception {
    Path origin = origin();
    Path work = Files.createDirectories(tmp.resolve("jenkins"));
    cli(work, "init", "-q");
    cli(work, "config", "remote.origin.url", origin.toUri().toString());
    cli(work, "config", "remote.origin.fetch", "+refs/heads/feature:refs/remotes/origin/PR-1");
    cli(work, "fetch", "-q", "origin");
    cli(work, "checkout", "-q", "-f", "refs/remotes/origin/PR-1");
    Map<String, String> env = Map.of("CHANGE_TARGET", "main");

    assertThatThrownBy(() -> detect(work, null, env))
        .hasMessageEndingWith("or fetch it first: CHANGE_TARGET names the target branch 'main', which this clone"
            + " has not fetched (git fetch origin main:refs/remotes/origin/main).");
    cli(work, "fetch", "-q", "origin", "main");
    assertThatThrownBy(() -> detect(work, null, env))
        .as("with this refspec a plain fetch of main fills only FETCH_HEAD").isInstanceOf(GitException.class);

    cli(work, "fetch", "-q", "origin", "main:refs/remotes/origin/main");
    ChangeSet changes = detect(work, null, env);
    assertThat(changes.baseRef()).isEqualTo("origin/main");
    assertThat(changes.files()).extracting(ChangedPath::path).containsExactly("F.java");
  }

  @Test
  void aCloneWhoseOnlyRemoteIsNotCalledOriginUsesThatRemote() throws Exception {
    Path origin = origin();
    cli(tmp, "clone", "-q", "-o", "upstream", "--branch", "feature", origin.toUri().toString(), "up");
    Path work = tmp.resolve("up");
    Files.writeString(work.resolve("New.java"), lines("new"));

    ChangeSet byTarget = detect(work, null, Map.of("CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main"));
    ChangeSet byDefault = detect(work, null, Map.of());

    assertThat(byTarget.baseRef()).isEqualTo("upstream/main");
    assertThat(byTarget.files()).extracting(ChangedPath::path).containsExactly("F.java", "New.java");
    assertThat(byDefault.baseRef()).isEqualTo("upstream/HEAD");
    assertThat(detect(work, null, Map.of("CHANGE_TARGET", "gone")).warnings()).containsExactly(
        "CHANGE_TARGET names the target branch 'gone', but neither upstream/gone nor gone exists in this clone;"
            + " compared with upstream/HEAD instead. Fetch it (git fetch upstream gone:refs/remotes/upstream/gone)"
            + " or pass -Dreview.base=<ref>.");
    assertThatThrownBy(() -> detect(work, "develop", Map.of()))
        .hasMessageContaining("(git fetch upstream develop:refs/remotes/upstream/develop) and pass"
            + " -Dreview.base=upstream/develop.");
  }

  @Test
  void githubPushWithFetchDepthZeroComparesWithOriginMainAndAPushToMainItselfSaysSo() throws Exception {
    Path origin = origin();
    Path work = Files.createDirectories(tmp.resolve("push"));
    cli(work, "init", "-q");
    cli(work, "remote", "add", "origin", origin.toUri().toString());
    cli(work, "fetch", "-q", "--prune", "origin", "+refs/heads/*:refs/remotes/origin/*", "+refs/tags/*:refs/tags/*");
    cli(work, "checkout", "-q", "--force", "-B", "feature", "refs/remotes/origin/feature");

    ChangeSet feature = detect(work, null, Map.of());
    cli(work, "checkout", "-q", "--force", "-B", "main", "refs/remotes/origin/main");
    ChangeSet main = detect(work, null, Map.of());

    assertThat(feature.baseRef()).isEqualTo("origin/main");
    assertThat(feature.files()).extracting(ChangedPath::path).containsExactly("F.java");
    assertThat(main.files()).isEmpty();
    assertThat(main.warnings()).singleElement().asString().startsWith("The base origin/main is HEAD itself (");
  }

  /** What GitLab's runner does for a merge request pipeline with GIT_DEPTH set: fetch only the pipeline's ref. */
  private Path gitlabMergeRequestCheckout(Path origin, String commit, int depth) throws Exception {
    Path work = Files.createDirectories(tmp.resolve("gitlab"));
    cli(origin, "update-ref", "refs/pipelines/7", commit);
    cli(work, "init", "-q");
    cli(work, "remote", "add", "origin", origin.toUri().toString());
    cli(work, "fetch", "-q", "--depth", String.valueOf(depth), "--prune", "origin",
        "+refs/pipelines/7:refs/pipelines/7");
    cli(work, "checkout", "-q", "-f", commit);
    return work;
  }

  @Test
  void gitlabMergeRequestPipelineWithADepthComparesWithTheDiffBaseShaWhenTheTargetIsNotFetched() throws Exception {
    Path origin = origin();
    String feature = cli(origin, "rev-parse", "feature").strip();
    String diffBase = cli(origin, "merge-base", "main", "feature").strip();
    Path work = gitlabMergeRequestCheckout(origin, feature, 20);
    Map<String, String> env = Map.of("CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main",
        "CI_MERGE_REQUEST_DIFF_BASE_SHA", diffBase);

    ChangeSet changes = detect(work, null, env);

    assertThat(changes.baseRef()).isEqualTo(diffBase);
    assertThat(changes.baseCommit()).isEqualTo(diffBase);
    assertThat(changes.files()).extracting(ChangedPath::path).containsExactly("F.java");
    assertThat(changes.warnings()).contains("CI_MERGE_REQUEST_TARGET_BRANCH_NAME names the target branch 'main',"
        + " but neither origin/main nor main exists in this clone; compared with " + diffBase + " instead. Fetch"
        + " it (git fetch origin main:refs/remotes/origin/main) or pass -Dreview.base=<ref>.");
  }

  @Test
  void gitlabMergedResultsPipelineComparesWithTheTargetShaItMergedInto() throws Exception {
    Path origin = origin();
    String merge = cli(origin, "rev-parse", "refs/pull/1/merge").strip();
    Map<String, String> env = Map.of("CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main",
        "CI_MERGE_REQUEST_TARGET_BRANCH_SHA", cli(origin, "rev-parse", "main").strip(),
        "CI_MERGE_REQUEST_DIFF_BASE_SHA", cli(origin, "merge-base", "main", "feature").strip());
    Path work = gitlabMergeRequestCheckout(origin, merge, 20);

    assertThat(detect(work, null, env).files()).extracting(ChangedPath::path).containsExactly("F.java");
  }

  @Test
  void gitlabMergeRequestPipelineWhoseDiffBaseIsBeyondTheDepthSaysToUnshallow() throws Exception {
    Path origin = origin();
    String diffBase = cli(origin, "merge-base", "main", "feature").strip();
    Path work = gitlabMergeRequestCheckout(origin, cli(origin, "rev-parse", "feature").strip(), 1);
    Map<String, String> env = Map.of("CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main",
        "CI_MERGE_REQUEST_DIFF_BASE_SHA", diffBase);

    assertThatThrownBy(() -> detect(work, null, env))
        .hasMessageContaining(": tried origin/main, main, CI_MERGE_REQUEST_DIFF_BASE_SHA " + diffBase
            + ", origin/HEAD, origin/master, master.")
        .hasMessageEndingWith("(git fetch --unshallow origin main:refs/remotes/origin/main); in GitHub Actions set"
            + " `fetch-depth: 0` on actions/checkout, in GitLab CI set GIT_DEPTH: 0.");

    cli(work, "fetch", "-q", "--unshallow", "origin", "main:refs/remotes/origin/main");
    assertThat(detect(work, null, env).baseRef()).isEqualTo("origin/main");
  }
}
