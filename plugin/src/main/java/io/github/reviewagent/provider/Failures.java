package io.github.reviewagent.provider;

import io.github.reviewagent.http.HttpFailure;
import io.github.reviewagent.provider.ModelException.Kind;
import java.util.Locale;

/**
 * Turns a failed call into a {@link ModelException} whose message says what went wrong and what to do, in
 * terms of the plugin's parameters. The texts it builds from hold no credential: {@link HttpFailure} is
 * redacted already, and the key's source is a name, never the key.
 */
final class Failures {

  private Failures() {}

  static ModelException of(HttpFailure failure, ProviderSettings settings) {
    String host = failure.host();
    String request = failure.request();
    String tries = failure.attempts() > 1 ? " after " + failure.attempts() + " attempts" : "";
    return switch (failure.reason()) {
      case OFFLINE -> new ModelException(Kind.NETWORK, "Maven runs offline (-o), so review.provider="
          + settings.kind().id() + " may not call " + host + ", which is not this machine: run without -o, "
          + "point review.baseUrl at a server on this machine, or use review.provider=offline", failure);
      case CONNECT -> new ModelException(Kind.NETWORK, "cannot connect to " + host + " ("
          + failure.getCause().getClass().getSimpleName() + "): check review.baseUrl, the network and the proxy "
          + "settings", failure);
      case TIMEOUT -> new ModelException(Kind.TIMEOUT, host + " did not answer " + request + " in time" + tries
          + ": the server is slow or overloaded; try again later", failure);
      case DROPPED -> new ModelException(Kind.NETWORK, host + " dropped the connection during " + request + tries
          + ": check the network and the proxy, or try again later", failure);
      case INTERRUPTED -> new ModelException(Kind.NETWORK, "interrupted while waiting for " + host, failure);
      case MALFORMED -> new ModelException(Kind.BAD_RESPONSE, host + " answered " + request + " with "
          + failure.serverMessage() + ": check that review.baseUrl points at an OpenAI-compatible API", failure);
      case STATUS -> ofStatus(failure, settings, tries);
    };
  }

  private static ModelException ofStatus(HttpFailure failure, ProviderSettings settings, String tries) {
    String host = failure.host();
    int status = failure.status();
    String code = failure.errorCode() == null ? "" : ", " + failure.errorCode();
    String said = failure.serverMessage().isEmpty() ? "" : " The server said: " + failure.serverMessage();
    String what = failure.request() + " (HTTP " + status + code + ")";
    if (status == 401 || status == 403) {
      String text = settings.apiKey().isEmpty()
          ? host + " wants an API key (HTTP " + status + code + ") and none was given: set " + settings.apiKeySource()
          : "the API key in " + settings.apiKeySource() + " was rejected by " + host + " (HTTP " + status + code
              + "): check it" + (status == 403 ? ", and that it may use model '" + settings.model() + "'" : "");
      return new ModelException(Kind.AUTHENTICATION, text + "." + said, failure);
    }
    if (status == 429 && "insufficient_quota".equals(failure.errorCode())) {
      return new ModelException(Kind.QUOTA, host + " refused " + what + ": the account behind the API key in "
          + settings.apiKeySource() + " has no quota left; check its plan and billing." + said, failure);
    }
    if (status == 429) {
      String wait = failure.retryAfter() == null ? ""
          : " and asks to wait " + failure.retryAfter().toSeconds() + " s";
      return new ModelException(Kind.RATE_LIMITED, host + " still rate-limits " + what + tries + wait
          + ": try again later, or review fewer files at a time." + said, failure);
    }
    if (status == 404 || mentionsModel(failure, settings)) {
      boolean model = mentionsModel(failure, settings);
      String text = model
          ? "model '" + settings.model() + "' is not available at " + host + " (HTTP " + status + code
              + "): check review.model"
          : host + " has no " + what + ": check review.baseUrl (it usually ends in /v1) and that the server "
              + "supports review.provider=" + settings.kind().id();
      return new ModelException(Kind.BAD_REQUEST, text + "." + said, failure);
    }
    if (status == 408) {
      return new ModelException(Kind.TIMEOUT, host + " timed out on " + what + tries + ": try again later."
          + said, failure);
    }
    if (status >= 500 || status == 409) {
      return new ModelException(Kind.SERVER, host + " failed " + what + tries
          + ": the server has trouble; try again later." + said, failure);
    }
    if (status >= 300 && status < 400) {
      return new ModelException(Kind.BAD_REQUEST, host + " redirects " + what
          + ": set review.baseUrl to the address it redirects to." + said, failure);
    }
    return new ModelException(Kind.BAD_REQUEST, host + " rejected " + what + ": check review.model and "
        + "review.baseUrl, and that the server supports review.provider=" + settings.kind().id() + "." + said,
        failure);
  }

  private static boolean mentionsModel(HttpFailure failure, ProviderSettings settings) {
    String code = failure.errorCode() == null ? "" : failure.errorCode().toLowerCase(Locale.ROOT);
    return code.contains("model_not_found") || code.equals("model_not_available")
        || failure.status() == 404 && failure.serverMessage().contains(settings.model());
  }

  /** The server answered, but not in the protocol's shape. */
  static ModelException badResponse(ProviderSettings settings, String what) {
    return new ModelException(Kind.BAD_RESPONSE, settings.baseUrl().getHost() + " answered with " + what
        + ": check that review.baseUrl points at a server that speaks review.provider=" + settings.kind().id());
  }
}
