package io.github.airbytejava.client.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Client;
import feign.ExceptionPropagationPolicy;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.RequestInterceptor;
import feign.Retryer;
import feign.codec.ErrorDecoder;
import feign.jackson.JacksonEncoder;
import io.github.airbytejava.generated.invoker.ApiResponseDecoder;
import java.util.List;

/** Builds Feign proxies of generated interfaces, all sharing one configuration. */
public final class FeignApis {

  private final BaseUrl baseUrl;
  private final Client client;
  private final Request.Options options;
  private final ObjectMapper mapper;
  private final ErrorDecoder errorDecoder;
  private final Retryer retryer;
  private final List<RequestInterceptor> interceptors;
  private final Logger logger;
  private final TransportErrors transportErrors;
  private final boolean bodiesHoldSecrets;

  /**
   * A factory for proxies with the given parts.
   *
   * @param bodiesHoldSecrets true for the token endpoint, whose bodies must never be quoted
   */
  public FeignApis(
      BaseUrl baseUrl,
      Client client,
      Request.Options options,
      ObjectMapper mapper,
      ErrorDecoder errorDecoder,
      Retryer retryer,
      List<RequestInterceptor> interceptors,
      Logger logger,
      TransportErrors transportErrors,
      boolean bodiesHoldSecrets) {
    this.baseUrl = baseUrl;
    this.client = client;
    this.options = options;
    this.mapper = mapper;
    this.errorDecoder = errorDecoder;
    this.retryer = retryer;
    this.interceptors = List.copyOf(interceptors);
    this.logger = logger;
    this.transportErrors = transportErrors;
    this.bodiesHoldSecrets = bodiesHoldSecrets;
  }

  /** A thread-safe proxy of {@code type} calling the base URL. */
  public <T> T create(Class<T> type) {
    return Feign.builder()
        // Path parameters as single, fully encoded segments; see PathSegmentContract.
        .contract(new PathSegmentContract())
        .client(client)
        .options(options)
        .encoder(new JacksonEncoder(mapper))
        .decoder(
            new SafeDecoder(
                new Utf8JsonDecoder(mapper, new ApiResponseDecoder(mapper)), bodiesHoldSecrets))
        // Void methods pass through the decoder too, which drains their bodies (see Bodies).
        .decodeVoid()
        .errorDecoder(errorDecoder)
        .retryer(retryer)
        .requestInterceptors(interceptors)
        .logger(logger)
        // Full detail, but only when the SLF4J logger is at DEBUG; see RedactingLogger.
        .logLevel(Logger.Level.FULL)
        .exceptionPropagationPolicy(ExceptionPropagationPolicy.UNWRAP)
        .invocationHandlerFactory(new CallGuard(transportErrors))
        .target(type, baseUrl.toString());
  }
}
