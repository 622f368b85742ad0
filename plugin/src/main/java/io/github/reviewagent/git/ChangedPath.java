package io.github.reviewagent.git;

import io.github.reviewagent.review.LineRange;
import io.github.reviewagent.review.ReviewedFile;
import java.util.List;

/**
 * One changed file.
 *
 * @param path         relative to the repository root, with {@code /}
 * @param previousPath the path at the base for a rename, else null
 * @param status       added (new or untracked), modified or renamed
 * @param changedLines new-side lines added or modified, merged and sorted; empty for an unedited rename or
 *                     a change that only deleted lines
 * @param baseContent  the file's text at the merge base, decoded in the sources' encoding, or null for an added
 *                     file and for one that looked binary at the base (then every line counts as changed)
 */
public record ChangedPath(
    String path, String previousPath, ReviewedFile.Status status, List<LineRange> changedLines, String baseContent) {

  public ChangedPath {
    changedLines = List.copyOf(changedLines);
  }
}
