package io.github.reviewagent.metrics.diff;

import io.github.reviewagent.metrics.FileReport;
import java.util.List;

/**
 * Two versions of one file, measured and compared method by method.
 *
 * @param base    the base version's report; check {@link FileReport#parsed()}
 * @param head    the head version's report; check {@link FileReport#parsed()}
 * @param methods every method of either version: the head's in line order, then the removed ones in base line order;
 *                empty when either version did not parse, because then nothing can be matched honestly
 */
public record FileDiff(FileReport base, FileReport head, List<MethodChange> methods) {

  public FileDiff {
    methods = List.copyOf(methods);
  }

  /** Both versions parsed, so {@link #methods()} is the full comparison. */
  public boolean comparable() {
    return base.parsed() && head.parsed();
  }

  /** The methods that were added, removed or modified. */
  public List<MethodChange> changed() {
    return methods.stream().filter(m -> m.change() != MethodChange.Change.UNCHANGED).toList();
  }
}
