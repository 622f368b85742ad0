package io.github.reviewagent.http;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * A call to a model server that failed for good (after the retries {@link RetryPolicy} allows). The
 * message and the fields hold no credential: the server's own message is passed through
 * {@link Secret#redact(String)} first. The provider layer turns this into a message that says what to do.
 */
public final class HttpFailure extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why the call failed. */
  public enum Reason {
    /** The server answered with an error status: see {@link #status()}. */
    STATUS,
    /** No (complete) answer within the connect, read or call timeout. */
    TIMEOUT,
    /** No connection: refused, unknown host, no route, TLS handshake failed. */
    CONNECT,
    /** The connection dropped before the answer was complete. */
    DROPPED,
    /** Maven runs offline and the host is not this machine. */
    OFFLINE,
    /** A 2xx answer that is not JSON. */
    MALFORMED,
    /** The calling thread was interrupted. */
    INTERRUPTED;

    /** Classifies an exception of the transport. */
    public static Reason of(java.io.IOException e) {
      if (e instanceof OfflineException) {
        return OFFLINE;
      }
      if (e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException
          || e instanceof SSLHandshakeException || e instanceof SSLPeerUnverifiedException) {
        return CONNECT;
      }
      if (e instanceof SocketTimeoutException) {
        return TIMEOUT;
      }
      if (e instanceof InterruptedIOException) {
        // OkHttp reports its call timeout as a plain InterruptedIOException("timeout")
        return Thread.currentThread().isInterrupted() ? INTERRUPTED : TIMEOUT;
      }
      return DROPPED;
    }
  }

  private final Reason reason;
  private final String request;
  private final String host;
  private final int status;
  private final String errorCode;
  private final String serverMessage;
  private final int attempts;
  private final Duration retryAfter;

  HttpFailure(Reason reason, String request, String host, int status, String errorCode, String serverMessage,
      int attempts, Duration retryAfter, Throwable cause) {
    super(describe(reason, request, status, errorCode, serverMessage, attempts), cause);
    this.reason = reason;
    this.request = request;
    this.host = host;
    this.status = status;
    this.errorCode = errorCode;
    this.serverMessage = serverMessage;
    this.attempts = attempts;
    this.retryAfter = retryAfter;
  }

  private static String describe(Reason reason, String request, int status, String code, String message, int attempts) {
    StringBuilder text = new StringBuilder(request).append(": ");
    text.append(reason == Reason.STATUS ? "HTTP " + status : reason.name().toLowerCase(java.util.Locale.ROOT));
    if (code != null) {
      text.append(" (").append(code).append(')');
    }
    if (!message.isEmpty()) {
      text.append(": ").append(message);
    }
    if (attempts > 1) {
      text.append(" [after ").append(attempts).append(" attempts]");
    }
    return text.toString();
  }

  public Reason reason() {
    return reason;
  }

  /** {@code METHOD /path} relative to the base URL, e.g. {@code POST /chat/completions}. */
  public String request() {
    return request;
  }

  /** {@code host} or {@code host:port}. */
  public String host() {
    return host;
  }

  /** The HTTP status for {@link Reason#STATUS}, else 0. */
  public int status() {
    return status;
  }

  /** The server's {@code error.code} (or {@code error.type} when there is no code), or null. */
  public String errorCode() {
    return errorCode;
  }

  /** The server's error message, redacted and shortened; empty when there was none. */
  public String serverMessage() {
    return serverMessage;
  }

  public int attempts() {
    return attempts;
  }

  /** The wait the server asked for on the last answer, or null. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
