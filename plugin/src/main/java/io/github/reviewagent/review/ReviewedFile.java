package io.github.reviewagent.review;

import io.github.reviewagent.metrics.ParseProblem;
import io.github.reviewagent.metrics.diff.MethodChange;
import java.util.List;

/**
 * A source file the review covered.
 *
 * @param path         relative to the git repository root, with {@code /}
 * @param previousPath the path at the base when the change renamed the file, else null
 * @param status       how the change touched the file
 * @param changedLines new-side lines the change added or modified; empty for {@code scope=all} files
 * @param methods      what the change did to each method's metrics
 * @param parseError   why the file could not be measured, or null
 */
public record ReviewedFile(
    String path,
    String previousPath,
    Status status,
    List<LineRange> changedLines,
    List<MethodChange> methods,
    ParseProblem parseError) {

  public ReviewedFile {
    changedLines = List.copyOf(changedLines);
    methods = List.copyOf(methods);
  }

  /** How the change touched the file. */
  public enum Status {
    ADDED,
    MODIFIED,
    RENAMED,
    UNCHANGED;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public boolean isChanged(int line) {
    return changedLines.stream().anyMatch(r -> r.contains(line));
  }

  public boolean isChanged(int from, int to) {
    return changedLines.stream().anyMatch(r -> r.overlaps(from, to));
  }
}
