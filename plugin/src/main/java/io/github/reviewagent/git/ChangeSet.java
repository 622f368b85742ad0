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
 * @param binaryFiles    the changed files left out of {@code files} because they look binary, sorted: the
 *                       caller names those it would have reviewed (a Java source saved as UTF-16 looks binary)
 * @param warnings       things the user should know (a detached HEAD, say), a sentence or two each
 */
public record ChangeSet(
    Path repositoryRoot,
    String baseRef,
    String baseCommit,
    List<ChangedPath> files,
    List<String> binaryFiles,
    List<String> warnings) {

  public ChangeSet {
    files = List.copyOf(files);
    binaryFiles = List.copyOf(binaryFiles);
    warnings = List.copyOf(warnings);
  }
}
