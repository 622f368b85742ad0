package io.github.reviewagent.review.service;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Who reviews (review.provider). */
public enum Provider {
  /** {@code chat} when an API key is found, else {@code offline}. */
  AUTO,
  /** The embedded rules on metrics only; no network. */
  OFFLINE,
  /** Chat Completions. */
  CHAT,
  /** The Responses API. */
  RESPONSES,
  /** The Assistants API. */
  ASSISTANTS;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @throws IllegalArgumentException naming review.provider and its values */
  public static Provider parse(String value) {
    String wanted = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    for (Provider provider : values()) {
      if (provider.name().equals(wanted)) {
        return provider;
      }
    }
    throw new IllegalArgumentException(
        "review.provider has the value '" + value + "'; use one of "
            + Arrays.stream(values()).map(Provider::id).collect(Collectors.joining(", ")));
  }
}
