package io.github.reviewagent.http;

/**
 * Where the transport reports retries and calls; the Mojo adapts Maven's log. Lines never contain headers,
 * bodies or the API key.
 */
public interface HttpLog {

  /** Discards everything. */
  HttpLog NONE = new HttpLog() {
    @Override
    public void debug(String line) {}

    @Override
    public void warn(String line) {}
  };

  /** One line per call: request, status, time. */
  void debug(String line);

  /** Retries, and cleanup that failed. */
  void warn(String line);
}
