package io.github.reviewagent.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One HTTP response.
 *
 * @param headers header values by lower-case name
 * @param body    the body as text, empty when there is none
 */
public record HttpResponse(int status, Map<String, List<String>> headers, String body) {

  public HttpResponse {
    headers = headers.entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(e -> e.getKey().toLowerCase(Locale.ROOT), e -> List.copyOf(e.getValue()),
            (a, b) -> a));
    body = body == null ? "" : body;
  }

  /** The first value of a header, by case-insensitive name. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  public boolean successful() {
    return status >= 200 && status < 300;
  }
}
