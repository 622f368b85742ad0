package io.github.reviewagent.review.service;

import java.util.Locale;

/** What the review covers (review.scope). */
public enum Scope {
  /** The files changed since the base; findings gate on changed lines. */
  CHANGED,
  /** Every source file; every finding gates. */
  ALL;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @throws IllegalArgumentException naming review.scope and its values */
  public static Scope parse(String value) {
    String wanted = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    for (Scope scope : values()) {
      if (scope.name().equals(wanted)) {
        return scope;
      }
    }
    throw new IllegalArgumentException("review.scope has the value '" + value + "'; use changed or all");
  }
}
