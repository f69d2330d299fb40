package io.github.airbytejava.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A minimal HTTP/1.1 server on the loopback interface that answers the few Airbyte routes the
 * benchmarks call with pre-serialised responses ({@link Payloads}).
 *
 * <ul>
 *   <li>{@code GET /v1/sources?...&limit=N...}: a page of N Postgres sources (N capped at 100, as
 *       Airbyte does; 20 when no limit is given);
 *   <li>{@code GET /v1/jobs/{id}}: a finished sync job;
 *   <li>{@code POST /v1/applications/token}: an access token valid for 3 minutes, Airbyte's
 *       lifetime.
 * </ul>
 *
 * <p><b>Why a hand-written NIO server, in the benchmark's own JVM.</b> The benchmarks compare
 * clients, so the server should cost as little as possible and the same for all of them. One
 * selector thread serves every connection with keep-alive, parses only the request line and {@code
 * Content-Length}, and writes each response (head and body together, from one direct buffer) with a
 * single write where the socket allows: it allocates nothing per request once a page has been
 * built, so JMH's {@code -prof gc} figures are the client's allocation alone ({@link
 * #allocatedBytes()} lets a benchmark check that). Sockets set {@code TCP_NODELAY}: with a head and
 * body written apart, Nagle's algorithm and the client's delayed ACK would add about 40 ms to every
 * response. The JDK's {@code com.sun.net.httpserver} would have done too, but allocates per request
 * and parses every header, which would blur a comparison of clients. A separate process would not
 * have helped: on two cores the server competes with the client for CPU wherever it runs.
 *
 * <p>Not a general HTTP server: no chunked request bodies (answered 411), requests up to 16 KiB.
 */
public final class LoopbackServer implements AutoCloseable {

  /** Token lifetime the token endpoint states, in seconds: Airbyte's three minutes. */
  public static final long TOKEN_LIFETIME_SECONDS = 180;

  private static final int MAX_REQUEST_BYTES = 16 * 1024;
  private static final int DEFAULT_PAGE_SIZE = 20;
  private static final int MAX_PAGE_SIZE = 100;

  private static final byte[] HEADER_END = ascii("\r\n\r\n");
  private static final byte[] SOURCES_LIST = ascii("GET " + Payloads.BASE_PATH + "/sources");
  private static final byte[] JOB = ascii("GET " + Payloads.BASE_PATH + "/jobs/");
  private static final byte[] TOKEN = ascii("POST " + Payloads.BASE_PATH + "/applications/token ");
  private static final byte[] LIMIT = ascii("limit=");
  private static final byte[] CONTENT_LENGTH = ascii("\r\ncontent-length:");
  private static final byte[] TRANSFER_ENCODING = ascii("\r\ntransfer-encoding:");

  private final ServerSocketChannel listener;
  private final Selector selector;
  private final Thread thread;
  private final String baseUrl;
  private final Consumer<SelectionKey> onReady = this::onReady;
  private volatile boolean running = true;

  // Touched by the server thread only.
  private final Map<Integer, ByteBuffer> pages = new HashMap<>();
  private final ByteBuffer job = response(200, "OK", Payloads.job());
  private final ByteBuffer token = response(200, "OK", Payloads.token(TOKEN_LIFETIME_SECONDS));
  private final ByteBuffer notFound =
      response(404, "Not Found", ascii("{\"title\":\"Not Found\",\"status\":404}"));
  private final ByteBuffer badRequest =
      response(400, "Bad Request", ascii("{\"title\":\"Bad Request\",\"status\":400}"));
  private final ByteBuffer lengthRequired =
      response(411, "Length Required", ascii("{\"title\":\"Length Required\",\"status\":411}"));

  private final AtomicLong tokenRequests = new AtomicLong();
  private final AtomicLong apiRequests = new AtomicLong();
  private final AtomicLong connections = new AtomicLong();

  private LoopbackServer() throws IOException {
    selector = Selector.open();
    listener = ServerSocketChannel.open();
    listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    listener.configureBlocking(false);
    listener.register(selector, SelectionKey.OP_ACCEPT);
    int port = ((InetSocketAddress) listener.getLocalAddress()).getPort();
    baseUrl = "http://127.0.0.1:" + port + Payloads.BASE_PATH;
    thread = new Thread(this::serve, "loopback-server");
    thread.setDaemon(true);
  }

  /** Starts a server on an ephemeral loopback port. */
  public static LoopbackServer start() throws IOException {
    LoopbackServer server = new LoopbackServer();
    server.thread.start();
    return server;
  }

  /** The API base URL to give a client, such as {@code http://127.0.0.1:40123/v1}. */
  public String baseUrl() {
    return baseUrl;
  }

  /** Requests answered by the token endpoint so far. */
  public long tokenRequests() {
    return tokenRequests.get();
  }

  /** API requests (sources and jobs) answered so far. */
  public long apiRequests() {
    return apiRequests.get();
  }

  /** Connections accepted so far: a client that pools connections well opens few. */
  public long connections() {
    return connections.get();
  }

  /**
   * Bytes the server thread has allocated so far, or -1 where the JVM cannot tell; to check that
   * the server does not allocate per request.
   */
  public long allocatedBytes() {
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (threads instanceof com.sun.management.ThreadMXBean) {
      return ((com.sun.management.ThreadMXBean) threads).getThreadAllocatedBytes(thread.getId());
    }
    return -1;
  }

  /** Stops serving and closes every connection. */
  @Override
  public void close() {
    running = false;
    selector.wakeup();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void serve() {
    try {
      while (running) {
        selector.select(onReady, 1_000);
      }
    } catch (IOException e) {
      throw new IllegalStateException("The loopback server failed", e);
    } finally {
      for (SelectionKey key : selector.keys()) {
        closeQuietly(key);
      }
      try {
        selector.close();
      } catch (IOException e) {
        // Shutting down anyway.
      }
    }
  }

  private void onReady(SelectionKey key) {
    try {
      if (key.isAcceptable()) {
        accept();
        return;
      }
      Connection connection = (Connection) key.attachment();
      if (key.isWritable() && !connection.flush(key)) {
        return;
      }
      if (key.isReadable() && connection.fill(key) < 0) {
        closeQuietly(key);
        return;
      }
      connection.answer(key);
    } catch (IOException | RuntimeException e) {
      // A client that went away, or a request this server does not understand: drop the connection.
      closeQuietly(key);
    }
  }

  private void accept() throws IOException {
    SocketChannel channel;
    while ((channel = listener.accept()) != null) {
      connections.incrementAndGet();
      channel.configureBlocking(false);
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      channel.register(selector, SelectionKey.OP_READ, new Connection(channel));
    }
  }

  private static void closeQuietly(SelectionKey key) {
    key.cancel();
    try {
      key.channel().close();
    } catch (IOException e) {
      // Already gone.
    }
  }

  /** The response to the request in {@code head[0, headLength)}. */
  private ByteBuffer route(byte[] head, int headLength) {
    if (startsWith(head, TOKEN)) {
      tokenRequests.incrementAndGet();
      return token;
    }
    if (startsWith(head, JOB)) {
      apiRequests.incrementAndGet();
      return job;
    }
    if (startsWith(head, SOURCES_LIST)) {
      char next = (char) head[SOURCES_LIST.length];
      if (next == ' ' || next == '?') {
        apiRequests.incrementAndGet();
        int limit = queryLimit(head, SOURCES_LIST.length, headLength);
        return limit < 1 ? badRequest : page(Math.min(limit, MAX_PAGE_SIZE));
      }
    }
    return notFound;
  }

  private ByteBuffer page(int size) {
    return pages.computeIfAbsent(size, n -> response(200, "OK", Payloads.sourcesPage(n)));
  }

  /** The {@code limit} query parameter of the request line, or the default; -1 if malformed. */
  private static int queryLimit(byte[] head, int from, int headLength) {
    int lineEnd = from;
    while (lineEnd < headLength && head[lineEnd] != ' ') {
      lineEnd++;
    }
    for (int i = from; i + LIMIT.length <= lineEnd; i++) {
      boolean paramStart = head[i - 1] == '?' || head[i - 1] == '&';
      if (paramStart && regionMatches(head, i, LIMIT)) {
        int value = 0;
        int digits = 0;
        for (int j = i + LIMIT.length; j < lineEnd && head[j] != '&'; j++, digits++) {
          if (head[j] < '0' || head[j] > '9' || digits > 6) {
            return -1;
          }
          value = value * 10 + (head[j] - '0');
        }
        return digits == 0 ? -1 : value;
      }
    }
    return DEFAULT_PAGE_SIZE;
  }

  /** One client connection: its unparsed request bytes and the response being written. */
  private final class Connection {
    private final SocketChannel channel;
    private final ByteBuffer in = ByteBuffer.allocate(MAX_REQUEST_BYTES);
    private ByteBuffer out;
    private int written;
    private boolean closeAfterResponse;

    Connection(SocketChannel channel) {
      this.channel = channel;
    }

    int fill(SelectionKey key) throws IOException {
      if (!in.hasRemaining()) {
        throw new IOException("request larger than " + MAX_REQUEST_BYTES + " bytes");
      }
      return channel.read(in);
    }

    /** Answers every complete request received, in order, until a response cannot be finished. */
    void answer(SelectionKey key) throws IOException {
      byte[] bytes = in.array();
      while (out == null) {
        int received = in.position();
        int headEnd = indexOf(bytes, received, HEADER_END);
        if (headEnd < 0) {
          return;
        }
        int headLength = headEnd + HEADER_END.length;
        ByteBuffer response;
        int bodyLength = 0;
        if (indexOfIgnoringCase(bytes, headLength, TRANSFER_ENCODING) >= 0) {
          response = lengthRequired;
          closeAfterResponse = true;
        } else {
          bodyLength = contentLength(bytes, headLength);
          if (bodyLength < 0 || bodyLength > MAX_REQUEST_BYTES - headLength) {
            throw new IOException("unusable Content-Length");
          }
          if (received < headLength + bodyLength) {
            return; // the body is still on its way
          }
          response = route(bytes, headLength);
        }
        // Drop the request, keeping whatever the client sent after it.
        in.flip().position(Math.min(headLength + bodyLength, received));
        in.compact();
        out = response;
        written = 0;
        if (!flush(key)) {
          return;
        }
      }
    }

    /** Writes what the socket takes; true when the response is complete. */
    boolean flush(SelectionKey key) throws IOException {
      // Response buffers are shared between connections, which is safe because only this
      // thread touches them: set the window, write, remember how far we got.
      out.limit(out.capacity()).position(written);
      written += channel.write(out);
      if (written < out.capacity()) {
        key.interestOps(SelectionKey.OP_WRITE);
        return false;
      }
      out = null;
      if (closeAfterResponse) {
        closeQuietly(key);
        return false;
      }
      key.interestOps(SelectionKey.OP_READ);
      return true;
    }
  }

  private static int contentLength(byte[] head, int headLength) {
    int at = indexOfIgnoringCase(head, headLength, CONTENT_LENGTH);
    if (at < 0) {
      return 0;
    }
    int value = 0;
    int i = at + CONTENT_LENGTH.length;
    while (i < headLength && head[i] == ' ') {
      i++;
    }
    for (; i < headLength && head[i] >= '0' && head[i] <= '9'; i++) {
      value = value * 10 + (head[i] - '0');
      if (value > MAX_REQUEST_BYTES) {
        return -1;
      }
    }
    return value;
  }

  private static ByteBuffer response(int status, String reason, byte[] body) {
    // A realistic set of response headers: parsing them is part of every client's work.
    byte[] head =
        ascii(
            "HTTP/1.1 "
                + status
                + " "
                + reason
                + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length
                + "\r\nDate: Fri, 14 Mar 2025 02:17:40 GMT\r\nVary: Origin, Accept-Encoding"
                + "\r\nX-Request-Id: 0f8e7d6c-5b4a-4938-8271-605f4e3d2c1b"
                + "\r\nStrict-Transport-Security: max-age=31536000; includeSubDomains\r\n\r\n");
    ByteBuffer buffer = ByteBuffer.allocateDirect(head.length + body.length);
    buffer.put(head).put(body).flip();
    return buffer;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return regionMatches(bytes, 0, prefix);
  }

  private static boolean regionMatches(byte[] bytes, int at, byte[] expected) {
    if (at + expected.length > bytes.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if (bytes[at + i] != expected[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] bytes, int length, byte[] target) {
    for (int i = 0; i + target.length <= length; i++) {
      if (regionMatches(bytes, i, target)) {
        return i;
      }
    }
    return -1;
  }

  /** Like {@link #indexOf} with {@code target} in lower case, for header names. */
  private static int indexOfIgnoringCase(byte[] bytes, int length, byte[] target) {
    outer:
    for (int i = 0; i + target.length <= length; i++) {
      for (int j = 0; j < target.length; j++) {
        byte b = bytes[i + j];
        if (b >= 'A' && b <= 'Z') {
          b += 'a' - 'A';
        }
        if (b != target[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
