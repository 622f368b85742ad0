package io.github.reviewagent.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

/** Every socket the transport opens, unconnected or connected, has Nagle's algorithm off. */
class NoDelaySocketsTest {

  @Test
  void socketsHaveTcpNoDelay() throws Exception {
    NoDelaySockets sockets = new NoDelaySockets();
    try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Socket unconnected = sockets.createSocket();
        Socket byName = sockets.createSocket("localhost", server.getLocalPort());
        Socket byAddress = sockets.createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
      assertThat(unconnected.getTcpNoDelay()).isTrue();
      assertThat(byName.getTcpNoDelay()).isTrue();
      assertThat(byAddress.getTcpNoDelay()).isTrue();
    }
  }
}
