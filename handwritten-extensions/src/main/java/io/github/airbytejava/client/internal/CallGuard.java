package io.github.airbytejava.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import feign.FeignException;
import feign.InvocationHandlerFactory;
import feign.Target;
import feign.codec.EncodeException;
import io.github.airbytejava.client.AirbyteApiException;
import io.github.airbytejava.client.AirbyteErrorDetails;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * Feign's {@link InvocationHandlerFactory}, wrapped to guard every call on a generated interface:
 *
 * <ul>
 *   <li>before it, required arguments must not be null ({@link RequiredArguments});
 *   <li>after it, nothing but {@link AirbyteApiException}s escape: the client's own exceptions are
 *       unwrapped from the Feign exceptions that carry them (Feign wraps a decoder's exception in
 *       its {@code DecodeException}), and anything else (an I/O exception, an encoding failure, a
 *       Feign argument check) is translated.
 * </ul>
 */
public final class CallGuard implements InvocationHandlerFactory {

  private final InvocationHandlerFactory delegate = new InvocationHandlerFactory.Default();
  private final RequiredArguments requiredArguments = new RequiredArguments();
  private final TransportErrors transportErrors;

  /** A factory that translates with {@code transportErrors} for I/O failures. */
  public CallGuard(TransportErrors transportErrors) {
    this.transportErrors = transportErrors;
  }

  @Override
  @SuppressWarnings("rawtypes") // the signature Feign declares
  public InvocationHandler create(Target target, Map<Method, MethodHandler> dispatch) {
    InvocationHandler handler = delegate.create(target, dispatch);
    return (proxy, method, args) -> {
      if (method.getDeclaringClass() != Object.class) {
        requiredArguments.check(method, args);
      }
      try {
        return handler.invoke(proxy, method, args);
      } catch (Throwable thrown) {
        throw translate(method, thrown);
      }
    };
  }

  Throwable translate(Method method, Throwable thrown) {
    if (thrown instanceof Error) {
      return thrown;
    }
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof AirbyteApiException) {
        return t;
      }
    }
    String operation = method.getDeclaringClass().getSimpleName() + "#" + method.getName();
    if (thrown instanceof EncodeException) {
      return new AirbyteApiException(
          "Could not encode the request body of " + operation + " as JSON: " + thrown.getMessage(),
          AirbyteErrorDetails.none(),
          thrown);
    }
    FeignException feign = thrown instanceof FeignException ? (FeignException) thrown : null;
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof IOException && !(t instanceof JsonProcessingException)) {
        return transportErrors.toException(feign == null ? null : feign.request(), t);
      }
    }
    // Feign's own messages name the argument at fault (e.g. a null path parameter) but not values.
    return new AirbyteApiException(
        "Could not call "
            + operation
            + ": "
            + thrown.getClass().getSimpleName()
            + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage()),
        AirbyteErrorDetails.none(),
        thrown);
  }
}
