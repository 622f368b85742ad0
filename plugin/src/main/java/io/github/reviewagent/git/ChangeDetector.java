package io.github.reviewagent.git;

import java.nio.file.Path;

/**
 * Finds what changed on the current branch. The production implementation uses JGit; tests may use a fake.
 */
public interface ChangeDetector {

  /**
   * The changes from the merge base of {@code baseRef} and {@code HEAD} to the working tree of the
   * repository that contains {@code directory}: staged, unstaged and untracked files, renames followed,
   * deleted files dropped.
   *
   * @param directory any directory inside the work tree (usually the execution root)
   * @param baseRef   the ref to compare with, or null to auto-detect it
   * @throws NotAGitRepositoryException when {@code directory} is not inside a git work tree: catch it to
   *                                    review every file with its message as a warning
   * @throws GitException with a message that says what is wrong and what to do
   */
  ChangeSet detect(Path directory, String baseRef) throws GitException;

  /**
   * Does ahead of time, for example on a background thread while the build does other work, what {@link #detect}
   * will need whatever the change is, so that it is quick when it comes. Changes nothing {@code detect} finds, and
   * never throws: a problem shows when {@code detect} runs. Doing nothing is correct.
   *
   * @param directory a directory inside the work tree, or null when it is not known yet
   * @param baseRef   the ref to compare with, or null for the one {@code detect} would detect
   * @return true when it saw files that differ from the base, so that the caller may get ready to review them
   *     too; false when it saw none or could not tell
   */
  default boolean warmUp(Path directory, String baseRef) {
    return false;
  }
}
