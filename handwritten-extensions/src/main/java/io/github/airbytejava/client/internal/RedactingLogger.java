package io.github.airbytejava.client.internal;

import feign.Request;
import feign.Response;
import feign.slf4j.Slf4jLogger;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feign's SLF4J logger (DEBUG level) with credentials kept out: the {@code Authorization} header
 * (and cookies) are never written, token endpoint bodies (which hold the client secret and the
 * access token) are never written, and every line passes through the {@link SecretRedactor} in case
 * a server echoes a secret.
 *
 * <p>Enable it by setting the SLF4J logger {@value #LOGGER_NAME} to DEBUG; when DEBUG is off it
 * costs next to nothing, because Feign then skips logging and does not buffer bodies.
 */
public final class RedactingLogger extends Slf4jLogger {

  /** The SLF4J logger name of the HTTP exchange log. */
  public static final String LOGGER_NAME = "io.github.airbytejava.client.http";

  private static final Set<String> SECRET_HEADERS = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

  static {
    SECRET_HEADERS.addAll(Set.of("Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie"));
  }

  private final Logger logger;
  private final boolean bodiesHoldSecrets;
  private final SecretRedactor redactor;

  /**
   * A logger.
   *
   * @param bodiesHoldSecrets true for the token endpoint: its request and response bodies are never
   *     logged
   */
  public RedactingLogger(boolean bodiesHoldSecrets, SecretRedactor redactor) {
    this(LoggerFactory.getLogger(LOGGER_NAME), bodiesHoldSecrets, redactor);
  }

  private RedactingLogger(Logger logger, boolean bodiesHoldSecrets, SecretRedactor redactor) {
    super(logger);
    this.logger = logger;
    this.bodiesHoldSecrets = bodiesHoldSecrets;
    this.redactor = redactor;
  }

  @Override
  protected boolean shouldLogRequestHeader(String header) {
    return !SECRET_HEADERS.contains(header);
  }

  @Override
  protected boolean shouldLogResponseHeader(String header) {
    return !SECRET_HEADERS.contains(header);
  }

  @Override
  protected void logRequest(String configKey, Level logLevel, Request request) {
    super.logRequest(configKey, withoutBodies(logLevel), request);
  }

  @Override
  protected Response logAndRebufferResponse(
      String configKey, Level logLevel, Response response, long elapsedTime) throws IOException {
    return super.logAndRebufferResponse(configKey, withoutBodies(logLevel), response, elapsedTime);
  }

  private Level withoutBodies(Level level) {
    return bodiesHoldSecrets && level == Level.FULL ? Level.HEADERS : level;
  }

  @Override
  protected void log(String configKey, String format, Object... args) {
    if (logger.isDebugEnabled()) {
      super.log(configKey, "%s", redactor.redact(String.format(format, args)));
    }
  }
}
