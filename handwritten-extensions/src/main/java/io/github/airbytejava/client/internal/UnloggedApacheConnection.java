package io.github.airbytejava.client.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * An Apache HttpClient 5 connection that never logs what it sends or receives.
 *
 * <p>Apache's own connection class prints every request header ({@code Authorization} included) to
 * the logger {@code org.apache.hc.client5.http.headers}, and every byte (the token request's client
 * secret included) to {@code org.apache.hc.client5.http.wire}, whenever the application has those
 * loggers at DEBUG. That class is package-private and final, so the client cannot filter it: it
 * replaces it, through the connection manager's connection factory, with this one, which does the
 * same pooling chores (idle timeout while pooled, refusing to bind once closed) and no logging. The
 * client's own exchange log, with credentials masked, is what to read instead.
 */
final class UnloggedApacheConnection extends DefaultBHttpClientConnection
    implements ManagedHttpClientConnection {

  /** Creates one per new socket; give it to the pool's connection manager. */
  static final HttpConnectionFactory<ManagedHttpClientConnection> FACTORY =
      socket -> {
        UnloggedApacheConnection connection = new UnloggedApacheConnection();
        if (socket != null) {
          connection.bind(socket);
        }
        return connection;
      };

  private final AtomicBoolean closed = new AtomicBoolean();

  /** The timeout to restore when the pool hands the connection out again. */
  private volatile Timeout activeSocketTimeout;

  private UnloggedApacheConnection() {
    super(Http1Config.DEFAULT);
  }

  @Override
  protected void bind(SocketHolder socketHolder) throws IOException {
    if (closed.get()) {
      // The pool may shut a connection down while another thread is still connecting it.
      socketHolder.getSocket().close();
      throw new InterruptedIOException("Connection already shut down");
    }
    super.bind(socketHolder);
    activeSocketTimeout = Timeout.ofMilliseconds(socketHolder.getSocket().getSoTimeout());
  }

  /** After the TLS handshake: the same checks, on the TLS socket. */
  @Override
  public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
    if (closed.get()) {
      sslSocket.close();
      throw new InterruptedIOException("Connection already shut down");
    }
    super.bind(sslSocket, socket);
    activeSocketTimeout = Timeout.ofMilliseconds(sslSocket.getSoTimeout());
  }

  @Override
  public Socket getSocket() {
    SocketHolder holder = getSocketHolder();
    return holder == null ? null : holder.getSocket();
  }

  @Override
  public SSLSession getSSLSession() {
    Socket socket = getSocket();
    return socket instanceof SSLSocket ? ((SSLSocket) socket).getSession() : null;
  }

  @Override
  public void setSocketTimeout(Timeout timeout) {
    super.setSocketTimeout(timeout);
    activeSocketTimeout = timeout;
  }

  /** In the pool: no read is in progress, so no timeout applies (Apache's own choice). */
  @Override
  public void passivate() {
    super.setSocketTimeout(Timeout.ZERO_MILLISECONDS);
  }

  /** Out of the pool again: the timeout of the last request applies. */
  @Override
  public void activate() {
    super.setSocketTimeout(activeSocketTimeout);
  }

  @Override
  public void close() throws IOException {
    if (closed.compareAndSet(false, true)) {
      super.close();
    }
  }

  @Override
  public void close(CloseMode closeMode) {
    if (closed.compareAndSet(false, true)) {
      super.close(closeMode);
    }
  }
}
