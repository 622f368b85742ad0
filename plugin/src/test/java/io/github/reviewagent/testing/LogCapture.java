package io.github.reviewagent.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewagent.http.HttpLog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An {@link HttpLog} that keeps every line, for asserting what was (and was not) logged. */
public final class LogCapture implements HttpLog {

  private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

  @Override
  public void debug(String line) {
    lines.add("DEBUG " + line);
  }

  @Override
  public void warn(String line) {
    lines.add("WARN " + line);
  }

  public List<String> lines() {
    return List.copyOf(lines);
  }

  public List<String> warnings() {
    return lines().stream().filter(l -> l.startsWith("WARN ")).map(l -> l.substring(5)).toList();
  }

  /** Fails if any line holds {@code secret}. */
  public void assertNeverContains(String secret) {
    assertThat(lines()).noneMatch(line -> line.contains(secret));
  }

  /** Fails if the message of {@code failure} or of any of its causes holds {@code secret}. */
  public static void assertNoSecretIn(Throwable failure, String secret) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(secret);
      assertThat(t.toString()).doesNotContain(secret);
    }
  }
}
