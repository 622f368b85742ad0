package io.github.reviewagent.git;

import java.nio.file.Path;
import java.util.List;

/**
 * What changed, relative to the repository root.
 *
 * @param repositoryRoot the work tree's root directory
 * @param baseRef        the ref as resolved, e.g. {@code origin/main}
 * @param baseCommit     the merge base commit id (40 hex digits)
 * @param files          changed text files that exist in the working tree, sorted by path; binary files
 *                       (a NUL byte in the first 8000 bytes, git's test) are left out; empty when nothing
 *                       changed, which is not an error
 * @param warnings       things the user should know (a detached HEAD, say), a sentence or two each
 */
public record ChangeSet(
    Path repositoryRoot, String baseRef, String baseCommit, List<ChangedPath> files, List<String> warnings) {

  public ChangeSet {
    files = List.copyOf(files);
    warnings = List.copyOf(warnings);
  }
}
