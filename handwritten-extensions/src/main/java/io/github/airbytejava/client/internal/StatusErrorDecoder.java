package io.github.airbytejava.client.internal;

import feign.Request;
import feign.Response;
import feign.RetryableException;
import feign.codec.ErrorDecoder;
import io.github.airbytejava.client.AirbyteApiException;

/**
 * Feign's {@link ErrorDecoder}: every non-2xx response becomes the matching {@link
 * AirbyteApiException}; those the {@link RetryPolicy} allows to retry are wrapped in Feign's {@link
 * RetryableException} (with the exception as its cause) so that the {@link PolicyRetryer} sees
 * them.
 *
 * <p>Unlike the generated default, 401 and 403 are never retryable here: a 401 is renewed once by
 * {@link UnauthorizedRetryClient}, and a 403 will not change by asking again.
 */
public final class StatusErrorDecoder implements ErrorDecoder {

  private final ErrorResponses errors;
  private final RetryPolicy policy;

  /**
   * A decoder using {@code errors} to build exceptions and {@code policy} to mark retryable ones.
   */
  public StatusErrorDecoder(ErrorResponses errors, RetryPolicy policy) {
    this.errors = errors;
    this.policy = policy;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    AirbyteApiException error = errors.toException(response);
    Request request = response.request();
    if (policy.isRetryableStatus(response.status(), request.httpMethod())) {
      return new RetryableException(
          response.status(), error.getMessage(), request.httpMethod(), error, (Long) null, request);
    }
    return error;
  }
}
