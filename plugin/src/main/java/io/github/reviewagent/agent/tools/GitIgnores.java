package io.github.reviewagent.agent.tools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * Git's ignore rules for a working tree, as JGit reads them: every {@code .gitignore} on the way,
 * {@code .git/info/exclude} and {@code core.excludesFile}. The repository is opened per question, so an
 * instance holds no open resources and is safe to share between threads.
 */
final class GitIgnores {

  /** How git sees a path. {@code UNREACHED}: git does not look there (a nested repository, a path through a symbolic link). */
  enum Status { VISIBLE, IGNORED, UNREACHED }

  /** An entry of a directory that git does not ignore. @param name with a trailing {@code /} for a directory */
  record Entry(String name) {}

  private final Path root;

  GitIgnores(Path root) {
    this.root = root;
  }

  /**
   * Whether git ignores the path or any directory on the way to it (git never re-includes a file under an
   * ignored directory). Ignore rules apply whether or not the file is tracked: stricter than git, on purpose.
   *
   * @param path repository-relative with {@code /}, of an existing file or directory
   */
  Status status(String path) throws IOException {
    try (Repository repository = open(); TreeWalk walk = new TreeWalk(repository)) {
      walk.addTree(new FileTreeIterator(repository));
      walk.setFilter(PathFilter.create(path));
      walk.setRecursive(false);
      while (walk.next()) {
        if (walk.getTree(0, WorkingTreeIterator.class).isEntryIgnored()) {
          return Status.IGNORED;
        }
        if (walk.getPathString().equals(path)) {
          return Status.VISIBLE;
        }
        if (walk.isSubtree()) {
          walk.enterSubtree();
        }
      }
      return Status.UNREACHED;
    }
  }

  /**
   * The entries of a directory that git does not ignore, sorted, at most {@code limit}.
   *
   * @param directory repository-relative with {@code /}, empty for the root; it must not be ignored itself
   */
  List<Entry> entries(String directory, int limit) throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (Repository repository = open(); TreeWalk walk = new TreeWalk(repository)) {
      walk.addTree(new FileTreeIterator(repository));
      walk.setRecursive(false);
      if (!directory.isEmpty()) {
        walk.setFilter(PathFilter.create(directory));
      }
      String prefix = directory.isEmpty() ? "" : directory + "/";
      while (walk.next() && entries.size() < limit) {
        String path = walk.getPathString();
        if (!path.startsWith(prefix)) {
          if (walk.isSubtree() && directory.startsWith(path + "/")) {
            walk.enterSubtree();
          } else if (path.equals(directory) && walk.isSubtree()) {
            walk.enterSubtree();
          }
          continue;
        }
        if (!walk.getTree(0, WorkingTreeIterator.class).isEntryIgnored()) {
          boolean folder = walk.getFileMode(0) == FileMode.TREE;
          entries.add(new Entry(path.substring(prefix.length()) + (folder ? "/" : "")));
        }
      }
    }
    return entries;
  }

  private Repository open() throws IOException {
    return new FileRepositoryBuilder().setWorkTree(root.toFile()).setMustExist(true).build();
  }
}
