package io.github.airbytejava.standin.internal.http;

/** Serves one operation: a request in, a response out; problems are thrown as ProblemException. */
@FunctionalInterface
public interface OperationHandler {
  /** Serves {@code request}. Runs under the state lock. */
  ApiResponse handle(ApiRequest request);
}
