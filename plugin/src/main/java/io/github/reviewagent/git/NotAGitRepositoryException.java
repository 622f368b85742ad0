package io.github.reviewagent.git;

import java.nio.file.Path;

/**
 * The directory is not inside a git work tree, so nothing can tell what changed. Not a setup error: the
 * caller is expected to catch this, review every file and warn with {@link #getMessage()}.
 */
public final class NotAGitRepositoryException extends GitException {

  private static final long serialVersionUID = 1L;

  private final transient Path directory;

  public NotAGitRepositoryException(Path directory) {
    super(directory + " is not inside a git work tree (no .git in it or in any parent directory),"
        + " so there is no base to compare with.");
    this.directory = directory;
  }

  /** The directory the search started from. */
  public Path directory() {
    return directory;
  }
}
