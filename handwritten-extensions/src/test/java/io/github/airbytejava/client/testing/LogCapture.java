package io.github.airbytejava.client.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * Captures what a Logback logger (and its children) logs while open, at the given level; closing
 * restores the level. Capturing the root logger also keeps the console quiet meanwhile.
 */
public final class LogCapture implements AutoCloseable {

  private final Logger logger;
  private final Level previousLevel;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Appender<ILoggingEvent> console;

  private LogCapture(Logger logger, Level level) {
    this.logger = logger;
    this.previousLevel = logger.getLevel();
    appender.start();
    logger.addAppender(appender);
    this.console = logger.getAppender("CONSOLE");
    if (console != null) {
      logger.detachAppender(console);
    }
    logger.setLevel(level);
  }

  /** What the logger of {@code type} (and its children) logs, down to {@code level}. */
  public static LogCapture of(Class<?> type, Level level) {
    return new LogCapture((Logger) LoggerFactory.getLogger(type), level);
  }

  /** Everything logged anywhere, down to {@code level}. */
  public static LogCapture everything(Level level) {
    return new LogCapture(
        (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME), level);
  }

  /** The formatted messages, in order. */
  public List<String> messages() {
    return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
  }

  /** Every event from a logger {@code include} accepts: message, then any stack trace. */
  public String text(Predicate<String> include) {
    return appender.list.stream()
        .filter(event -> include.test(event.getLoggerName()))
        .map(
            event ->
                event.getLoggerName()
                    + " "
                    + event.getFormattedMessage()
                    + (event.getThrowableProxy() == null
                        ? ""
                        : "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy())))
        .collect(Collectors.joining("\n"));
  }

  /** The names of the loggers that logged something. */
  public List<String> loggerNames() {
    return appender.list.stream().map(ILoggingEvent::getLoggerName).distinct().toList();
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
    if (console != null) {
      logger.addAppender(console);
    }
    logger.setLevel(previousLevel);
  }
}
