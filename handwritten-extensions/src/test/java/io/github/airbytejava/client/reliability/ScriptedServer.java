package io.github.airbytejava.client.reliability;

import io.github.airbytejava.client.testing.FakeAirbyte;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw HTTP/1.1 server on loopback, for the faults MockWebServer cannot produce: a TCP reset, a
 * response that never comes, a body that drips or never ends. Each API request is answered by the
 * next queued {@link Script}, then by the default one; requests to the token path get a token, so
 * clients with client credentials work against it too. Connections are kept alive between
 * exchanges, and every accepted socket sets TCP_NODELAY (see {@code NoDelayServerSockets}).
 */
final class ScriptedServer implements Closeable {

  /** How one request is answered. */
  @FunctionalInterface
  interface Script {
    void answer(Exchange exchange) throws IOException, InterruptedException;
  }

  /** One request and the socket to answer it on. */
  final class Exchange {
    final Socket socket;
    final OutputStream out;

    Exchange(Socket socket) throws IOException {
      this.socket = socket;
      this.out = socket.getOutputStream();
    }

    void write(String text) throws IOException {
      write(text.getBytes(StandardCharsets.UTF_8));
    }

    void write(byte[] bytes) throws IOException {
      out.write(bytes);
      out.flush();
    }

    /** Ends the connection with a TCP RST instead of an orderly FIN. */
    void reset() throws IOException {
      socket.setSoLinger(true, 0);
      socket.close();
    }

    /** Blocks until the server closes, answering nothing. */
    void stall() throws InterruptedException {
      closing.await();
    }

    /** Sleeps unless the server is closing; false when it is. */
    boolean pause(long millis) throws InterruptedException {
      return !closing.await(millis, TimeUnit.MILLISECONDS);
    }
  }

  private final ServerSocket serverSocket;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final Queue<Script> queued = new ConcurrentLinkedQueue<>();
  private final CountDownLatch closing = new CountDownLatch(1);
  private volatile Script fallback;
  private final String tokenPrefix;

  final AtomicInteger connectionsAccepted = new AtomicInteger();
  final AtomicInteger apiRequests = new AtomicInteger();
  final AtomicInteger tokenRequests = new AtomicInteger();
  final List<String> requestLines = new CopyOnWriteArrayList<>();

  /**
   * A started server.
   *
   * @param tokenPrefix access tokens issued are this plus a counter
   */
  ScriptedServer(String tokenPrefix) throws IOException {
    this(InetAddress.getLoopbackAddress(), tokenPrefix);
  }

  ScriptedServer(InetAddress address, String tokenPrefix) throws IOException {
    this.tokenPrefix = tokenPrefix;
    this.fallback = respond(200, "application/json", "{}");
    this.serverSocket = new ServerSocket();
    serverSocket.bind(new InetSocketAddress(address, 0));
    threads.execute(this::acceptLoop);
  }

  int port() {
    return serverSocket.getLocalPort();
  }

  /** {@code host:port}. */
  String hostPort() {
    return serverSocket.getInetAddress().getHostAddress() + ":" + port();
  }

  /** {@code http://host:port/v1}. */
  String baseUrl() {
    return "http://" + hostPort() + FakeAirbyte.BASE_PATH;
  }

  ScriptedServer enqueue(Script... scripts) {
    queued.addAll(List.of(scripts));
    return this;
  }

  ScriptedServer otherwise(Script script) {
    this.fallback = script;
    return this;
  }

  private void acceptLoop() {
    while (!serverSocket.isClosed()) {
      try {
        Socket socket = serverSocket.accept();
        connectionsAccepted.incrementAndGet();
        socket.setTcpNoDelay(true);
        sockets.add(socket);
        threads.execute(() -> serve(socket));
      } catch (IOException | RuntimeException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      InputStream in = new BufferedInputStream(socket.getInputStream());
      while (!socket.isClosed()) {
        String head = readHead(in);
        if (head == null) {
          return;
        }
        String[] lines = head.split("\r\n");
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
          int colon = lines[i].indexOf(':');
          if (colon > 0) {
            headers.put(
                lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
          }
        }
        in.readNBytes(Integer.parseInt(headers.getOrDefault("Content-Length", "0")));
        requestLines.add(lines[0]);
        Exchange exchange = new Exchange(socket);
        if (lines[0].contains(" " + FakeAirbyte.TOKEN_PATH + " ")) {
          int n = tokenRequests.incrementAndGet();
          respond(200, "application/json", FakeAirbyte.tokenJson(tokenPrefix + n, 180))
              .answer(exchange);
        } else {
          apiRequests.incrementAndGet();
          Script script = queued.poll();
          (script == null ? fallback : script).answer(exchange);
        }
      }
    } catch (IOException | RuntimeException e) {
      // the client went away, or a script ended the connection on purpose
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      sockets.remove(socket);
    }
  }

  /** The request line and headers, or null at the end of the connection. */
  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    int b;
    while ((b = in.read()) != -1) {
      head.write(b);
      matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
      if (matched == 4) {
        return head.toString(StandardCharsets.ISO_8859_1).strip();
      }
    }
    return null;
  }

  /** A complete response with a Content-Length. */
  static Script respond(int status, String contentType, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return exchange ->
        exchange.write(concat(head(status, contentType, "Content-Length: " + bytes.length), bytes));
  }

  /**
   * Answers like {@link #respond}, keep-alive and all, then closes the connection quietly after
   * {@code idleMillis}, as a load balancer does with connections idle beyond its timeout.
   */
  static Script respondThenCloseWhenIdle(String body, long idleMillis) {
    Script respond = respond(200, "application/json", body);
    return exchange -> {
      respond.answer(exchange);
      exchange.pause(idleMillis);
      exchange.socket.close();
    };
  }

  /** Reads the request, then resets the connection before any response byte. */
  static Script resetBeforeResponse() {
    return Exchange::reset;
  }

  /** Sends the head and the first half of {@code body}, then resets the connection. */
  static Script resetMidBody(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return exchange -> {
      exchange.write(
          concat(
              head(200, "application/json", "Content-Length: " + bytes.length),
              Arrays.copyOf(bytes, bytes.length / 2)));
      exchange.reset();
    };
  }

  /** Accepts the request and never answers. */
  static Script neverAnswer() {
    return Exchange::stall;
  }

  /** Sends the head, then {@code body} one byte every {@code intervalMillis}. */
  static Script drip(String body, long intervalMillis) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return exchange -> {
      exchange.write(head(200, "application/json", "Content-Length: " + bytes.length));
      for (byte b : bytes) {
        if (!exchange.pause(intervalMillis)) {
          return;
        }
        exchange.write(new byte[] {b});
      }
    };
  }

  /** Sends a chunked JSON body that never ends, as fast as the client reads it. */
  static Script endlessBody() {
    byte[] chunk =
        (Integer.toHexString(64 * 1024) + "\r\n" + " ".repeat(64 * 1024) + "\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    return exchange -> {
      exchange.write(head(200, "application/json", "Transfer-Encoding: chunked"));
      exchange.write("1\r\n{\r\n");
      while (exchange.pause(0)) {
        exchange.write(chunk); // ends with an IOException once the client gives up
      }
    };
  }

  private static byte[] head(int status, String contentType, String framing) {
    return ("HTTP/1.1 "
            + status
            + " "
            + (status == 200 ? "OK" : "Status")
            + "\r\nContent-Type: "
            + contentType
            + "\r\n"
            + framing
            + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  /** Stops accepting, closes every connection and waits (bounded) for the server's threads. */
  @Override
  public void close() throws IOException {
    closing.countDown();
    serverSocket.close();
    for (Socket socket : sockets) {
      socket.close();
    }
    threads.shutdownNow();
    try {
      if (!threads.awaitTermination(5, TimeUnit.SECONDS)) {
        throw new IllegalStateException("server threads did not end: " + this);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "ScriptedServer{" + baseUrl() + ", requests=" + requestLines + "}";
  }
}
