package io.github.reviewagent.metrics.diff;

import io.github.reviewagent.metrics.MethodReport;

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
