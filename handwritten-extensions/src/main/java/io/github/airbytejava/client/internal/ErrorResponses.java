package io.github.airbytejava.client.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import io.github.airbytejava.client.AirbyteApiException;
import io.github.airbytejava.client.AirbyteAuthenticationException;
import io.github.airbytejava.client.AirbyteBadRequestException;
import io.github.airbytejava.client.AirbyteConflictException;
import io.github.airbytejava.client.AirbyteErrorDetails;
import io.github.airbytejava.client.AirbyteForbiddenException;
import io.github.airbytejava.client.AirbyteNotFoundException;
import io.github.airbytejava.client.AirbyteProblem;
import io.github.airbytejava.client.AirbyteRateLimitException;
import io.github.airbytejava.client.AirbyteServerException;
import io.github.airbytejava.client.AirbyteUnprocessableEntityException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an error response into the matching {@link AirbyteApiException} subclass, with Airbyte's
 * problem document when the body is one and a bounded excerpt of the body otherwise.
 */
public final class ErrorResponses {

  /** Enough for any problem document; a huge error page is not read to its end. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  /** The excerpt kept on the exception. */
  static final int MAX_EXCERPT_CHARS = 1000;

  /** The part of the excerpt repeated in the message. */
  private static final int MAX_MESSAGE_EXCERPT_CHARS = 200;

  private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {};

  private final ObjectMapper mapper;
  private final SecretRedactor redactor;
  private final Clock clock;

  /**
   * An error translator.
   *
   * @param mapper reads problem documents
   * @param redactor removes any echoed secret from bodies and messages
   * @param clock the current time, for {@code Retry-After} dates
   */
  public ErrorResponses(ObjectMapper mapper, SecretRedactor redactor, Clock clock) {
    this.mapper = mapper;
    this.redactor = redactor;
    this.clock = clock;
  }

  /** The exception for a response with a status outside 2xx. Closes nothing; reads the body. */
  public AirbyteApiException toException(Response response) {
    int status = response.status();
    String contentType = header(response, "Content-Type").orElse(null);
    String body = redactor.redact(readBody(response));
    AirbyteProblem problem = parseProblem(body);
    String excerpt = problem == null ? excerpt(body, MAX_EXCERPT_CHARS) : null;
    Duration retryAfter =
        RetryAfter.parse(header(response, "Retry-After").orElse(null), clock).orElse(null);
    AirbyteErrorDetails details =
        RequestDescriptions.of(response.request())
            .withResponse(status, contentType, problem, excerpt, retryAfter);
    String message = redactor.redact(message(response, details));
    return create(status, message, details);
  }

  private static AirbyteApiException create(
      int status, String message, AirbyteErrorDetails details) {
    switch (status) {
      case 400:
        return new AirbyteBadRequestException(message, details, null);
      case 401:
        return new AirbyteAuthenticationException(message, details, null);
      case 403:
        return new AirbyteForbiddenException(message, details, null);
      case 404:
        return new AirbyteNotFoundException(message, details, null);
      case 409:
        return new AirbyteConflictException(message, details, null);
      case 422:
        return new AirbyteUnprocessableEntityException(message, details, null);
      case 429:
        return new AirbyteRateLimitException(message, details, null);
      default:
        return status >= 500 && status <= 599
            ? new AirbyteServerException(message, details, null)
            : new AirbyteApiException(message, details, null);
    }
  }

  private static String message(Response response, AirbyteErrorDetails details) {
    int status = details.status();
    StringBuilder message =
        new StringBuilder(details.requestLine())
            .append(" failed with ")
            .append(HttpStatusText.of(status));
    String said =
        details
            .problem()
            .map(AirbyteProblem::summary)
            .filter(summary -> !summary.isEmpty())
            .or(
                () ->
                    details
                        .bodyExcerpt()
                        .map(body -> excerpt(body.strip(), MAX_MESSAGE_EXCERPT_CHARS)))
            .orElse("");
    if (!said.isEmpty()) {
      message.append(": ").append(said);
    }
    String hint = hint(response, details);
    if (!hint.isEmpty()) {
      message.append(". ").append(hint);
    }
    return message.toString();
  }

  private static String hint(Response response, AirbyteErrorDetails details) {
    int status = details.status();
    if (status >= 300 && status < 400) {
      String target =
          header(response, "Location")
              .map(RequestDescriptions::pathOfAbsolute)
              .orElse("another URL");
      return "The server redirects to "
          + target
          + ". The client does not follow redirects, so credentials are"
          + " never sent elsewhere; if that target is the right API, use it as the base URL";
    }
    switch (status) {
      case 401:
        return "Check the credentials (AIRBYTE_CLIENT_ID/AIRBYTE_CLIENT_SECRET or AIRBYTE_ACCESS_TOKEN):"
            + " they must belong to the Airbyte instance at the base URL, and a fixed access token may"
            + " have expired";
      case 403:
        return "The credentials are valid but not allowed to do this: check the permissions of the"
            + " application's user on this workspace or organization";
      case 404:
        return "Check the id in the path, and that the base URL points at the Airbyte public API";
      case 429:
        return details
            .retryAfter()
            .map(wait -> "Airbyte asked to wait " + wait.toSeconds() + " s before trying again")
            .orElse("Airbyte is rate limiting this client; try again later");
      default:
        return "";
    }
  }

  private static Optional<String> header(Response response, String name) {
    return Headers.first(response.headers(), name);
  }

  private static String readBody(Response response) {
    if (response.body() == null) {
      return "";
    }
    try {
      return new String(Bodies.readAtMost(response, MAX_BODY_BYTES), charsetOf(response));
    } catch (IOException e) {
      return "";
    }
  }

  private static Charset charsetOf(Response response) {
    return response.charset() == null ? StandardCharsets.UTF_8 : response.charset();
  }

  private AirbyteProblem parseProblem(String body) {
    String trimmed = body.strip();
    if (!trimmed.startsWith("{")) {
      return null;
    }
    try {
      Map<String, Object> members = mapper.readValue(trimmed, JSON_OBJECT);
      boolean looksLikeProblem =
          members != null
              && (members.containsKey("type")
                  || members.containsKey("title")
                  || members.containsKey("detail")
                  || members.containsKey("status"));
      return looksLikeProblem ? new AirbyteProblem(members) : null;
    } catch (IOException | RuntimeException e) {
      return null; // not JSON after all (or cut off at MAX_BODY_BYTES): the excerpt tells the story
    }
  }

  static String excerpt(String text, int maxChars) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return text.length() <= maxChars ? text : text.substring(0, maxChars) + "... (truncated)";
  }
}
