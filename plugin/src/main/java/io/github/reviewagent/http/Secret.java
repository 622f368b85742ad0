package io.github.reviewagent.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A secret such as an API key or a proxy password. {@link #toString()} never shows it, so it cannot leak
 * through a log line, a Maven {@code -X} dump of a record or an exception message by accident; the value
 * is read only where it goes on the wire, through {@link #reveal()}.
 */
public final class Secret {

  /** No secret: requests go without an {@code Authorization} header (a local server, say). */
  public static final Secret NONE = new Secret("");

  /** Tokens that look like credentials, whoever's they are: a server may echo a key or header back. */
  private static final Pattern CREDENTIAL_LIKE =
      Pattern.compile("(?i)(bearer\\s+)[^\\s\"',]+|\\bsk-[A-Za-z0-9_*.\\-]{6,}|(api[-_]?key[\"']?\\s*[:=]\\s*[\"']?)[^\\s\"',]+");

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /** Wraps a secret value; null or blank gives {@link #NONE}. */
  public static Secret of(String value) {
    return value == null || value.isBlank() ? NONE : new Secret(value.strip());
  }

  /** The secret itself, for the one place that puts it on the wire. */
  public String reveal() {
    return value;
  }

  public boolean isEmpty() {
    return value.isEmpty();
  }

  /**
   * Removes this secret and anything that looks like a credential ({@code Bearer ...}, {@code sk-...},
   * {@code api-key: ...}) from text that came from outside, such as a server's error message.
   */
  public String redact(String text) {
    if (text == null) {
      return "";
    }
    String clean = value.isEmpty() ? text : text.replace(value, "[redacted]");
    return CREDENTIAL_LIKE.matcher(clean).replaceAll(match -> {
      String prefix = match.group(1) != null ? match.group(1) : match.group(2) != null ? match.group(2) : "";
      return Matcher.quoteReplacement(prefix + "[redacted]");
    });
  }

  @Override
  public String toString() {
    return value.isEmpty() ? "Secret[none]" : "Secret[****]";
  }
}
