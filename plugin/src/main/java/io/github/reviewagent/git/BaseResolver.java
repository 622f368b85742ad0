package io.github.reviewagent.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;

/** Turns {@code review.base} (or its absence) into the merge base commit with HEAD. */
final class BaseResolver {

  /** CI variables that name the target branch of a pull or merge request, in the order they are tried. */
  static final List<String> CI_TARGET_VARIABLES =
      List.of("GITHUB_BASE_REF", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "CHANGE_TARGET");

  /**
   * Commits GitLab names in merge request pipelines, tried when the target branch is not in the clone (with
   * GIT_DEPTH set, GitLab fetches only the pipeline's ref): the target's tip that a merged results pipeline
   * merged into, else the merge base GitLab diffs the request against. Both are usually within the depth.
   */
  static final List<String> CI_BASE_COMMIT_VARIABLES =
      List.of("CI_MERGE_REQUEST_TARGET_BRANCH_SHA", "CI_MERGE_REQUEST_DIFF_BASE_SHA");

  /** Tried after the CI's target branch; {@code origin} stands for {@link #remote}. */
  static final List<String> DEFAULT_BASES =
      List.of("origin/HEAD", "origin/main", "origin/master", "main", "master");

  private static final String ORIGIN = "origin";

  private static final String HOW_TO_PASS =
      "Pass the branch this work is based on with -Dreview.base=<ref> (for example -Dreview.base=origin/main)";

  /** The resolved base: the ref as named, and the commit where it and HEAD meet. */
  record Base(String ref, RevCommit mergeBase, List<String> warnings) {}

  private final Repository repository;
  private final Function<String, String> environment;
  /** The remote whose branches are the bases: origin, else the one remote a clone made with -o has. */
  private final String remote;

  BaseResolver(Repository repository, Function<String, String> environment) {
    this.repository = repository;
    this.environment = environment;
    Set<String> remotes = repository.getRemoteNames();
    this.remote = remotes.size() == 1 ? remotes.iterator().next() : ORIGIN;
  }

  /** Resolves {@code requested}, or auto-detects the base when it is null. */
  Base resolve(String requested) throws GitException, IOException {
    Ref head = repository.exactRef(Constants.HEAD);
    if (head == null || head.getObjectId() == null) {
      throw new GitException("HEAD in " + repository.getWorkTree() + " has no commits yet, so there is no"
          + " history to compare with. Commit first, or review every file with -Dreview.scope=all.");
    }
    List<String> warnings = new ArrayList<>();
    String ref;
    ObjectId baseId;
    if (requested == null) {
      Map.Entry<String, ObjectId> found = autoDetect(warnings);
      ref = found.getKey();
      baseId = found.getValue();
    } else {
      ref = requested;
      baseId = resolveExplicit(requested);
    }
    try (RevWalk walk = new RevWalk(repository)) {
      RevCommit base = walk.parseCommit(baseId);
      RevCommit headCommit = walk.parseCommit(head.getObjectId());
      RevCommit mergeBase = mergeBase(walk, ref, base, headCommit);
      if (!head.isSymbolic()) {
        warnings.add("HEAD is detached at " + headCommit.name() + " (not on a branch); comparing that commit"
            + " and the working tree with " + ref + ".");
      }
      if (mergeBase.equals(headCommit)) {
        warnings.add((base.equals(headCommit)
                ? "The base " + ref + " is HEAD itself (" + abbreviate(headCommit) + ")"
                : "HEAD (" + abbreviate(headCommit) + ") is already part of " + ref)
            + ", so only uncommitted changes are reviewed.");
      }
      return new Base(ref, mergeBase, warnings);
    }
  }

  private RevCommit mergeBase(RevWalk walk, String ref, RevCommit base, RevCommit head)
      throws GitException, IOException {
    walk.setRevFilter(RevFilter.MERGE_BASE);
    walk.markStart(base);
    walk.markStart(head);
    RevCommit mergeBase;
    try {
      mergeBase = walk.next();
    } catch (MissingObjectException e) {
      mergeBase = null; // history with holes: reported below like a shallow clone
    }
    if (mergeBase != null) {
      return mergeBase;
    }
    String between = ref + " (" + abbreviate(base) + ") and HEAD (" + abbreviate(head) + ")";
    if (isShallow()) {
      throw new GitException("No merge base between " + between + ": this is a shallow clone that lacks the"
          + " commit where they meet. Fetch more history with `git fetch --unshallow`, or step by step with"
          + " `git fetch --deepen=100` until it is found; in GitHub Actions set `fetch-depth: 0` on"
          + " actions/checkout, in GitLab CI set GIT_DEPTH: 0.");
    }
    throw new GitException("No merge base between " + between + ": they share no history. " + HOW_TO_PASS
        + ".");
  }

  private Map.Entry<String, ObjectId> autoDetect(List<String> warnings) throws GitException, IOException {
    List<String> tried = new ArrayList<>();
    Map<String, String> missingTargets = new LinkedHashMap<>();
    Map.Entry<String, ObjectId> found = null;
    for (String variable : CI_TARGET_VARIABLES) {
      String branch = environment.apply(variable);
      if (branch == null || branch.isBlank()) {
        continue;
      }
      found = firstExisting(List.of(remote + "/" + branch.strip(), branch.strip()), tried);
      if (found != null) {
        break;
      }
      missingTargets.put(variable, branch.strip());
    }
    if (found == null) {
      found = firstExistingCommit(tried);
    }
    if (found == null) {
      found = firstExisting(DEFAULT_BASES.stream().map(this::onRemote).toList(), tried);
    }
    if (found == null) {
      throw new GitException("Found no base to compare with in " + repository.getWorkTree() + ": tried "
          + String.join(", ", tried) + ". " + HOW_TO_PASS + ", or fetch it first"
          + fetchAdvice(missingTargets));
    }
    for (Map.Entry<String, String> missing : missingTargets.entrySet()) {
      String branch = missing.getValue();
      warnings.add(missing.getKey() + " names the target branch '" + branch + "', but neither " + remote
          + "/" + branch + " nor " + branch + " exists in this clone; compared with " + found.getKey()
          + " instead. Fetch it (" + fetchBranch(branch, false) + ") or pass -Dreview.base=<ref>.");
    }
    return found;
  }

  // Auto-detection names branches, so it looks them up exactly: a tag called "main" must not win.
  private Map.Entry<String, ObjectId> firstExisting(List<String> candidates, List<String> tried)
      throws IOException {
    for (String candidate : candidates) {
      if (tried.contains(candidate)) {
        continue; // a CI target of main is also a default; looked up and listed once
      }
      tried.add(candidate);
      String fullName = candidate.startsWith(remote + "/")
          ? Constants.R_REMOTES + candidate
          : Constants.R_HEADS + candidate;
      Ref ref = repository.exactRef(fullName);
      if (ref != null && ref.getObjectId() != null) {
        return Map.entry(candidate, ref.getObjectId());
      }
    }
    return null;
  }

  private Map.Entry<String, ObjectId> firstExistingCommit(List<String> tried) throws IOException {
    for (String variable : CI_BASE_COMMIT_VARIABLES) {
      String sha = environment.apply(variable);
      if (sha == null || !ObjectId.isId(sha.strip())) {
        continue;
      }
      ObjectId id = ObjectId.fromString(sha.strip());
      if (repository.getObjectDatabase().has(id)) {
        return Map.entry(id.name(), id);
      }
      tried.add(variable + " " + id.name());
    }
    return null;
  }

  private ObjectId resolveExplicit(String requested) throws GitException, IOException {
    int range = requested.indexOf("..");
    if (range >= 0) { // no ref name contains "..", so this is A..B or A...B
      String left = requested.substring(0, range);
      throw new GitException("review.base '" + requested + "' is a range, but it names only the base: the review"
          + " compares it with HEAD and the working tree. Pass -Dreview.base="
          + (left.isEmpty() ? "<ref> (for example origin/main)" : left) + ".");
    }
    ObjectId id;
    try {
      id = repository.resolve(requested + "^{commit}");
    } catch (AmbiguousObjectException e) {
      throw new GitException("review.base '" + requested + "' is an abbreviated commit id that matches "
          + e.getCandidates().size() + " objects; pass more hex digits with -Dreview.base=<sha>.", e);
    } catch (IncorrectObjectTypeException e) {
      throw new GitException("review.base '" + requested + "' does not name a commit. " + HOW_TO_PASS + ".",
          e);
    } catch (RevisionSyntaxException e) {
      throw new GitException("review.base '" + requested + "' is not a valid git revision. " + HOW_TO_PASS
          + ".", e);
    } catch (MissingObjectException e) {
      // A full commit id resolves without the object, e.g. a CI's "before" or target SHA in a shallow clone.
      throw new GitException("review.base '" + requested + "' names commit " + e.getObjectId().name()
          + ", which is not in the clone " + repository.getWorkTree() + ". Fetch it first (git fetch " + remote + " "
          + e.getObjectId().name() + "), or pass a branch that exists with -Dreview.base=<ref>." + shallowHint(), e);
    }
    if (id == null) {
      String suggestion = repository.exactRef(Constants.R_REMOTES + remote + "/" + requested) != null
          ? " Did you mean -Dreview.base=" + remote + "/" + requested + "?"
          : "";
      throw new GitException("review.base '" + requested + "' is not a branch, tag or commit in "
          + repository.getWorkTree() + "." + suggestion + " Pass one that exists with -Dreview.base=<ref>"
          + " (for example -Dreview.base=origin/main), or fetch it first" + fetchAdvice(requested) + "."
          + shallowHint());
    }
    return id;
  }

  /**
   * How to fetch the base when auto-detection found none: the CI's target branch by name when one was
   * named, with its history in a shallow clone, where the merge base lies beyond the fetched commits.
   */
  private String fetchAdvice(Map<String, String> missingTargets) throws IOException {
    if (missingTargets.isEmpty()) {
      return " (git fetch " + remote + " <branch>)." + shallowHint();
    }
    Map.Entry<String, String> target = missingTargets.entrySet().iterator().next();
    String names = ": " + target.getKey() + " names the target branch '" + target.getValue() + "', which this"
        + " clone has not fetched";
    if (!isShallow()) {
      return names + " (" + fetchBranch(target.getValue(), false) + ").";
    }
    return names + ", and it is shallow, so the merge base is missing too: fetch the branch and the whole"
        + " history (" + fetchBranch(target.getValue(), true) + "); in GitHub Actions set"
        + " `fetch-depth: 0` on actions/checkout, in GitLab CI set GIT_DEPTH: 0.";
  }

  /** How to fetch a missing explicit base, and what to pass then: a branch is fetched as a remote-tracking one. */
  private String fetchAdvice(String requested) {
    if (requested.startsWith(remote + "/")) {
      return " (" + fetchBranch(requested.substring(remote.length() + 1), false) + ")";
    }
    if (requested.startsWith(Constants.R_REFS) || requested.contains("/") || requested.matches("[0-9a-fA-F]{7,}")) {
      return " (git fetch " + remote + " <branch>)";
    }
    return " (" + fetchBranch(requested, false) + ") and pass -Dreview.base=" + remote + "/" + requested;
  }

  /**
   * Fetches {@code branch} into its remote-tracking ref. A plain {@code git fetch origin main} updates
   * origin/main only when the remote's configured refspec covers it, and CI checkouts often configure only the
   * pull request's ref (Jenkins) or nothing: then it fills FETCH_HEAD alone.
   */
  private String fetchBranch(String branch, boolean unshallow) {
    return "git fetch " + (unshallow ? "--unshallow " : "") + remote + " " + branch + ":" + Constants.R_REMOTES
        + remote + "/" + branch;
  }

  private String onRemote(String candidate) {
    return candidate.startsWith(ORIGIN + "/") ? remote + candidate.substring(ORIGIN.length()) : candidate;
  }

  private String shallowHint() throws IOException {
    return isShallow()
        ? " This is a shallow clone, which often holds only the checked-out branch: fetch the base branch"
            + " or the whole history (git fetch --unshallow); in GitHub Actions set `fetch-depth: 0` on"
            + " actions/checkout."
        : "";
  }

  private boolean isShallow() throws IOException {
    return !repository.getObjectDatabase().getShallowCommits().isEmpty();
  }

  private static String abbreviate(RevCommit commit) {
    return commit.abbreviate(12).name();
  }
}
