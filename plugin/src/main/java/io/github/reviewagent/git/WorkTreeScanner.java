package io.github.reviewagent.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.diff.ContentSource;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.IndexDiffFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;

/**
 * Finds the files whose working-tree state differs from a base tree, like {@code git status} against a
 * commit: staged, unstaged and untracked files, ignored ones skipped, deleted ones dropped, renames paired.
 */
final class WorkTreeScanner {

  /** Git's default similarity for rename detection ({@code git diff -M}, {@code git status}). */
  static final int RENAME_SCORE = 50;

  /** How many paths outside a sparse checkout a warning names before it abbreviates. */
  private static final int SPARSE_PATHS_NAMED = 10;

  /**
   * A path to compare: {@code baseBlob} is null for an added file; for a rename it is the blob at
   * {@code previousPath}.
   */
  record Candidate(String path, String previousPath, ObjectId baseBlob) {}

  record Scan(List<Candidate> candidates, List<String> warnings) {}

  private WorkTreeScanner() {}

  static Scan scan(Repository repository, ObjectReader reader, RevTree base) throws IOException {
    Map<String, ObjectId> inBoth = new TreeMap<>();
    TreeSet<String> added = new TreeSet<>();
    Map<String, ObjectId> deleted = new HashMap<>();
    List<String> outsideSparseCheckout = new ArrayList<>();
    // Three trees with the index in the middle let IndexDiffFilter trust the index's stat data instead of
    // hashing every working-tree file, and keep it out of ignored directories.
    try (TreeWalk walk = new TreeWalk(repository, reader)) {
      walk.setRecursive(true);
      walk.addTree(base);
      walk.addTree(new DirCacheIterator(repository.readDirCache()));
      FileTreeIterator workTree = new FileTreeIterator(repository);
      walk.addTree(workTree);
      workTree.setDirCacheIterator(walk, 1);
      walk.setFilter(new IndexDiffFilter(1, 2));
      while (walk.next()) {
        boolean inBase = isFile(walk.getRawMode(0));
        boolean inWorkTree = isFile(walk.getRawMode(2));
        if (inBase && inWorkTree) {
          inBoth.put(walk.getPathString(), walk.getObjectId(0));
        } else if (inWorkTree) {
          added.add(walk.getPathString());
        } else if (isOutsideSparseCheckout(walk)) {
          // Changed since the base but not checked out: nothing on disk to review, and not a deletion either.
          outsideSparseCheckout.add(walk.getPathString());
        } else if (inBase) {
          deleted.put(walk.getPathString(), walk.getObjectId(0));
        }
      }
    }
    List<String> warnings = new ArrayList<>();
    if (!outsideSparseCheckout.isEmpty()) {
      warnings.add(outsideSparseCheckout.size() + " file(s) changed since the base are outside the sparse checkout"
          + " and not reviewed: " + String.join(", ", outsideSparseCheckout.subList(0,
              Math.min(outsideSparseCheckout.size(), SPARSE_PATHS_NAMED)))
          + (outsideSparseCheckout.size() > SPARSE_PATHS_NAMED ? ", ..." : "")
          + ". Check them out with `git sparse-checkout add <directory>` or `git sparse-checkout disable`.");
    }
    Map<String, String> renames = added.isEmpty() || deleted.isEmpty()
        ? Map.of()
        : detectRenames(repository, reader, base, added, deleted, warnings);
    List<Candidate> candidates = new ArrayList<>();
    inBoth.forEach((path, blob) -> candidates.add(new Candidate(path, null, blob)));
    for (String path : added) {
      String previous = renames.get(path);
      candidates.add(new Candidate(path, previous, previous == null ? null : deleted.get(previous)));
    }
    return new Scan(candidates, warnings);
  }

  /** Pairs added with deleted paths; returns new path to old path. */
  private static Map<String, String> detectRenames(Repository repository, ObjectReader reader, RevTree base,
      TreeSet<String> added, Map<String, ObjectId> deleted, List<String> warnings) throws IOException {
    List<String> paths = new ArrayList<>(added);
    paths.addAll(deleted.keySet());
    RenameDetector detector = new RenameDetector(reader, repository.getConfig().get(DiffConfig.KEY));
    detector.setRenameScore(RENAME_SCORE);
    detector.setSkipContentRenamesForBinaryFiles(true);
    try (TreeWalk walk = new TreeWalk(repository, reader)) {
      walk.setRecursive(true);
      walk.addTree(base);
      walk.addTree(new FileTreeIterator(repository));
      walk.setFilter(PathFilterGroup.createFromStrings(paths));
      detector.addAll(DiffEntry.scan(walk));
    }
    List<DiffEntry> entries;
    try {
      ContentSource workTree = ContentSource.create(new FileTreeIterator(repository));
      entries = detector.compute(new ContentSource.Pair(ContentSource.create(reader), workTree),
          NullProgressMonitor.INSTANCE);
    } catch (CanceledException e) {
      throw new IOException(e); // only a progress monitor cancels, and NullProgressMonitor never does
    }
    if (detector.isOverRenameLimit()) {
      warnings.add(added.size() + " added and " + deleted.size() + " deleted files exceed git's rename limit"
          + " (diff.renameLimit, " + detector.getRenameLimit() + "), so only unedited renames were detected;"
          + " edited renamed files count as added. Raise it with `git config diff.renameLimit <n>`.");
    }
    Map<String, String> renames = new HashMap<>();
    for (DiffEntry entry : entries) {
      if (entry.getChangeType() == DiffEntry.ChangeType.RENAME) {
        renames.put(entry.getNewPath(), entry.getOldPath());
      }
    }
    return renames;
  }

  /** True when the index holds a file that differs from the base but is marked skip-worktree (sparse checkout). */
  private static boolean isOutsideSparseCheckout(TreeWalk walk) {
    DirCacheIterator index = walk.getTree(1, DirCacheIterator.class);
    return index != null && index.getDirCacheEntry() != null && index.getDirCacheEntry().isSkipWorkTree()
        && isFile(walk.getRawMode(1)) && !(isFile(walk.getRawMode(0)) && walk.idEqual(0, 1));
  }

  private static boolean isFile(int rawMode) {
    return (rawMode & FileMode.TYPE_MASK) == FileMode.TYPE_FILE;
  }
}
