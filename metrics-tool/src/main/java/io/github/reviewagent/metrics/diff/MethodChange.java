package io.github.reviewagent.metrics.diff;

import io.github.reviewagent.metrics.MethodReport;
import java.util.Optional;

/**
 * What a change did to one method, matched between the base and the head version of a file by its type
 * name and signature.
 *
 * @param type      the dotted type name, as in {@link io.github.reviewagent.metrics.TypeReport#name()}
 * @param signature as in {@link MethodReport#signature()}
 * @param change    how the method changed
 * @param base      the method at the base version, null when it was added
 * @param head      the method at the head version, null when it was removed
 */
public record MethodChange(String type, String signature, Change change, MethodReport base, MethodReport head) {

  /** Head minus base per metric; empty for an added or removed method, which has only one side. */
  public Optional<MetricsDelta> delta() {
    if (base == null || head == null) {
      return Optional.empty();
    }
    return Optional.of(MetricsDelta.between(base.metrics(), head.metrics()));
  }

  /** The method's current report, or its base report when it was removed. */
  public MethodReport latest() {
    return head != null ? head : base;
  }

  /** How a method changed between the two versions. */
  public enum Change {
    ADDED,
    REMOVED,
    MODIFIED,
    UNCHANGED;

    /** The lower-case name used in JSON. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
