package io.github.reviewagent.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The production {@link Transport}: OkHttp with the configured timeouts and proxy, no redirects (an API that
 * redirects a POST is misconfigured, and a redirect could lead the offline guard astray), no silent
 * retries of its own (the {@link RetryPolicy} decides), and no Nagle delay ({@link NoDelaySockets}).
 */
public final class OkHttpTransport implements Transport {

  // Not static: an offline review asks isLoopback, and must not load OkHttp (and Kotlin) for that.
  private final MediaType json = MediaType.get("application/json");
  private final OkHttpClient client;
  private final boolean offline;

  public OkHttpTransport(HttpSettings settings) {
    this.offline = settings.offline();
    OkHttpClient.Builder builder = new OkHttpClient.Builder()
        .connectTimeout(settings.connectTimeout())
        .readTimeout(settings.readTimeout())
        .writeTimeout(settings.readTimeout())
        .callTimeout(settings.callTimeout())
        .socketFactory(new NoDelaySockets())
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false);
    ProxySettings proxy = settings.proxy();
    // Offline, only loopback hosts are called, and those never go through a proxy.
    builder.proxy(offline ? java.net.Proxy.NO_PROXY : proxy.proxy());
    if (!offline && proxy.authenticates()) {
      builder.proxyAuthenticator((route, response) -> {
        if (response.request().header("Proxy-Authorization") != null) {
          return null; // these credentials were refused already: let the 407 surface
        }
        return response.request().newBuilder()
            .header("Proxy-Authorization", Credentials.basic(proxy.username(), proxy.password().reveal()))
            .build();
      });
    }
    this.client = builder.build();
  }

  @Override
  public HttpResponse execute(HttpRequest request) throws IOException {
    String host = request.url().getHost();
    if (offline && !isLoopback(host)) {
      throw new OfflineException(host);
    }
    Request.Builder builder = new Request.Builder().url(request.url().toString());
    for (Map.Entry<String, String> header : request.headers().entrySet()) {
      builder.header(header.getKey(), header.getValue());
    }
    RequestBody body = request.body() != null ? RequestBody.create(request.body(), json)
        : request.method().equals("POST") ? RequestBody.create(new byte[0], null) // e.g. cancel a run
        : null;
    builder.method(request.method(), body);
    try (Response response = client.newCall(builder.build()).execute()) {
      return new HttpResponse(response.code(), response.headers().toMultimap(), response.body().string());
    }
  }

  /**
   * Whether a host is this machine: loopback by name ({@code localhost}) or by literal address, decided
   * without asking DNS (that is network too). The offline guard lets only these through.
   */
  public static boolean isLoopback(String host) {
    String name = host.toLowerCase(Locale.ROOT);
    if (name.startsWith("[") && name.endsWith("]")) {
      name = name.substring(1, name.length() - 1);
    }
    if (name.equals("localhost") || name.endsWith(".localhost")) {
      return true;
    }
    if (name.matches("127(\\.\\d{1,3}){3}")) {
      return true;
    }
    if (!name.contains(":")) {
      return false; // another address, or a name: resolving a name would already be a network access
    }
    try {
      return InetAddress.getByName(name).isLoopbackAddress(); // an IPv6 literal: parsed, never looked up
    } catch (UnknownHostException e) {
      return false;
    }
  }

  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
