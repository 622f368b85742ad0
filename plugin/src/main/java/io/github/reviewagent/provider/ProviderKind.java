package io.github.reviewagent.provider;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The wire protocols to a model server, by their {@code review.provider} names. */
public enum ProviderKind {
  /** {@code POST /chat/completions}: the client keeps the history. */
  CHAT("chat"),
  /** {@code POST /responses} with {@code store: false}: the client keeps and replays the history. */
  RESPONSES("responses"),
  /** Assistants, threads and runs: the server keeps the history in a thread. */
  ASSISTANTS("assistants");

  private final String id;

  ProviderKind(String id) {
    this.id = id;
  }

  /** The {@code review.provider} value. */
  public String id() {
    return id;
  }

  /** The kind named {@code id} ({@code chat}, {@code responses}, {@code assistants}), ignoring case. */
  public static ProviderKind fromId(String id) {
    String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(kind -> kind.id.equals(wanted))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("review.provider=" + id + " is not a model protocol; use one of "
            + Arrays.stream(values()).map(ProviderKind::id).collect(Collectors.joining(", "))));
  }
}
