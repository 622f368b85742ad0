package io.github.reviewagent.git;

import java.nio.file.Path;
import java.util.List;

/**
 * What changed, relative to the repository root.
 *
 * @param repositoryRoot the work tree's root directory
 * @param baseRef        the ref as resolved, e.g. {@code origin/main}
 * @param baseCommit     the merge base commit id (40 hex digits)
 * @param files          changed files that exist in the working tree, sorted by path
 * @param warnings       things the user should know (a detached HEAD, say), one sentence each
 */
public record ChangeSet(
    Path repositoryRoot, String baseRef, String baseCommit, List<ChangedPath> files, List<String> warnings) {

  public ChangeSet {
    files = List.copyOf(files);
    warnings = List.copyOf(warnings);
  }
}
