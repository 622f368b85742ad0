package io.github.reviewagent.http;

import java.io.IOException;

/** The offline guard stopped a call to a host that is not this machine. */
final class OfflineException extends IOException {

  private static final long serialVersionUID = 1L;

  OfflineException(String host) {
    super("Maven runs offline and " + host + " is not a loopback address");
  }
}
