package io.github.airbytejava.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import feign.Request;
import feign.Response;
import feign.RetryableException;
import feign.codec.Decoder;
import io.github.airbytejava.client.AirbyteDecodeException;
import io.github.airbytejava.client.AirbyteErrorDetails;
import io.github.airbytejava.generated.model.ApiResponse;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Locale;

/**
 * Decodes successful responses with the generated decoder, after reading the body to its end (see
 * {@link Bodies} for why), and turns every way that can fail into an {@link AirbyteDecodeException}
 * naming the operation, status and content type. A body that breaks off is an I/O failure, handed
 * to the retryer.
 *
 * <p>A body that is declared as something other than JSON (typically an HTML page from a proxy or
 * the Airbyte web UI, reached through a wrong base URL) is refused before parsing. So is an empty
 * body, or JSON {@code null}, where the method returns a model: the caller would otherwise get
 * {@code null} for a value the API promises. A body beyond {@link BoundedBodyClient#MAX_BODY_BYTES}
 * is refused too, and not retried.
 */
public final class SafeDecoder implements Decoder {

  private final Decoder delegate;
  private final boolean bodiesHoldSecrets;

  /**
   * A decoder that guards {@code delegate}.
   *
   * @param bodiesHoldSecrets true for the token endpoint: the parser's message, which may quote a
   *     piece of the body, is then left out of the exception and no cause is attached
   */
  public SafeDecoder(Decoder delegate, boolean bodiesHoldSecrets) {
    this.delegate = delegate;
    this.bodiesHoldSecrets = bodiesHoldSecrets;
  }

  @Override
  public Object decode(Response response, Type type) {
    byte[] body;
    try {
      body = Bodies.readAll(response);
    } catch (BoundedBodyStream.TooLargeException e) {
      // Not an I/O failure to retry: asking again would bring the same body.
      throw failure(response, type, contentType(response), e.getMessage(), null);
    } catch (IOException e) {
      // Feign passes a RetryableException through to the Retryer, which treats this like any
      // other I/O failure: retried for idempotent methods only.
      Request request = response.request();
      throw new RetryableException(
          -1, e.getMessage(), request.httpMethod(), e, (Long) null, request);
    }
    if (type == void.class || type == Void.class) {
      return null; // Feign hands void methods here (decodeVoid) only so the body gets drained.
    }
    String contentType = contentType(response);
    boolean bodyExpected = !isResponseOfVoid(type);
    if (bodyExpected && isBlank(body)) {
      // Feign's decoder would return null, and the caller would meet it as a NullPointerException.
      throw failure(response, type, contentType, "the body is empty", null);
    }
    if (contentType != null && body.length > 0 && !isJson(contentType)) {
      throw failure(
          response,
          type,
          contentType,
          "expected JSON but got "
              + contentType
              + "; a proxy or the Airbyte web UI answered instead of the API, so check the base URL",
          null);
    }
    Object decoded;
    try {
      decoded = delegate.decode(response.toBuilder().body(body).build(), type);
    } catch (JsonProcessingException e) {
      if (bodiesHoldSecrets) {
        throw failure(response, type, contentType, "malformed JSON", null);
      }
      // getOriginalMessage() leaves out the location, which could quote more of the body.
      throw failure(response, type, contentType, e.getOriginalMessage(), e);
    } catch (IOException | RuntimeException e) {
      throw failure(
          response, type, contentType, e.getClass().getSimpleName(), bodiesHoldSecrets ? null : e);
    }
    if (bodyExpected && (decoded == null || isResponseWithoutData(decoded))) {
      throw failure(response, type, contentType, "the body is JSON null", null);
    }
    return decoded;
  }

  /** The {@code WithHttpInfo} variant of a void method: status and headers, no body. */
  private static boolean isResponseOfVoid(Type type) {
    return type instanceof ParameterizedType
        && ((ParameterizedType) type).getRawType() == ApiResponse.class
        && ((ParameterizedType) type).getActualTypeArguments()[0] == Void.class;
  }

  private static boolean isResponseWithoutData(Object decoded) {
    return decoded instanceof ApiResponse && ((ApiResponse<?>) decoded).getData() == null;
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return true;
  }

  private static AirbyteDecodeException failure(
      Response response, Type type, String contentType, String reason, Throwable cause) {
    AirbyteErrorDetails details =
        RequestDescriptions.of(response.request())
            .withResponse(response.status(), contentType, null, null, null);
    String operation = details.operation().orElse(details.requestLine());
    String message =
        "Could not decode the response of "
            + operation
            + " ("
            + details.requestLine()
            + ", status "
            + response.status()
            + ", Content-Type "
            + (contentType == null ? "none" : contentType)
            + ") as "
            + type.getTypeName().replaceAll("[\\w.]+\\.", "")
            + ": "
            + reason;
    return new AirbyteDecodeException(message, details, cause);
  }

  private static boolean isJson(String contentType) {
    String lower = contentType.toLowerCase(Locale.ROOT);
    return lower.contains("json");
  }

  private static String contentType(Response response) {
    return Headers.first(response.headers(), "Content-Type").orElse(null);
  }
}
