package io.github.reviewagent.provider;

/**
 * The model could not answer. The message is safe to show: it never contains the API key or a request body.
 */
public class ModelException extends Exception {

  private static final long serialVersionUID = 1L;

  /** What went wrong, as far as the agent needs to know. */
  public enum Kind {
    /** 401/403: a missing, wrong or unauthorised key. Never retried. */
    AUTHENTICATION,
    /** {@code insufficient_quota}, or an Assistants run failed for quota: billing. Never retried. */
    QUOTA,
    /** 429 after all retries. */
    RATE_LIMITED,
    /** 5xx after all retries. */
    SERVER,
    /** A connect, read or whole-review timeout, or an Assistants run that outlived its timeout. */
    TIMEOUT,
    /** A dropped or refused connection after all retries. */
    NETWORK,
    /** The server answered something that does not follow the protocol. */
    BAD_RESPONSE,
    /** The server rejected the request (400, 404, 422): a wrong model name, say. */
    BAD_REQUEST,
    /**
     * An Assistants run ended {@code failed}, {@code cancelled}, {@code expired} or {@code incomplete}; a run
     * cut off by its output limit is no failure but a reply with {@link ModelReply.StopReason#LENGTH}, as in
     * the other protocols, and a run failed for quota, rate limit or server trouble has the kind of that.
     */
    RUN_FAILED
  }

  private final Kind kind;

  public ModelException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public ModelException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
