package io.github.airbytejava.cli;

import io.github.airbytejava.client.AirbyteApiException;
import io.github.airbytejava.client.AirbyteAuthenticationException;
import io.github.airbytejava.client.AirbyteBadRequestException;
import io.github.airbytejava.client.AirbyteConfigurationException;
import io.github.airbytejava.client.AirbyteConflictException;
import io.github.airbytejava.client.AirbyteDecodeException;
import io.github.airbytejava.client.AirbyteForbiddenException;
import io.github.airbytejava.client.AirbyteNotFoundException;
import io.github.airbytejava.client.AirbyteRateLimitException;
import io.github.airbytejava.client.AirbyteServerException;
import io.github.airbytejava.client.AirbyteTransportException;
import io.github.airbytejava.client.AirbyteUnprocessableEntityException;

/**
 * The tool's exit codes, one per kind of failure, so scripts can tell them apart, and the advice
 * printed with each.
 */
enum ExitCodes {
  OK(0, ""),
  FAILED(1, "An unexpected error; run again with -v and report it if it persists."),
  USAGE(2, "See --help."),
  AUTHENTICATION(3, "Check --client-id/--client-secret (or AIRBYTE_CLIENT_ID/AIRBYTE_CLIENT_SECRET, AIRBYTE_ACCESS_TOKEN)"
      + " and that the application may access this resource."),
  NOT_FOUND(4, "Check the id; list the resources to find it."),
  INVALID_INPUT(5, "Fix the input the message names and run again."),
  SERVER(6, "Airbyte failed or is overloaded; try again later."),
  TRANSPORT(7, "Airbyte could not be reached: check --url (or AIRBYTE_API_URL/AIRBYTE_URL), the network and --timeout."),
  JOB_FAILED(8, "The sync did not succeed; see the job with `airbyte jobs get ID`.");

  final int code;
  final String advice;

  ExitCodes(int code, String advice) {
    this.code = code;
    this.advice = advice;
  }

  /** The exit code for an exception the client threw. */
  static ExitCodes of(AirbyteApiException e) {
    if (e instanceof AirbyteAuthenticationException || e instanceof AirbyteForbiddenException) {
      return AUTHENTICATION;
    }
    if (e instanceof AirbyteNotFoundException) {
      return NOT_FOUND;
    }
    if (e instanceof AirbyteBadRequestException || e instanceof AirbyteUnprocessableEntityException
        || e instanceof AirbyteConflictException || e instanceof AirbyteConfigurationException) {
      return INVALID_INPUT;
    }
    if (e instanceof AirbyteServerException || e instanceof AirbyteRateLimitException
        || e instanceof AirbyteDecodeException) {
      return SERVER;
    }
    if (e instanceof AirbyteTransportException) {
      return TRANSPORT;
    }
    return FAILED;
  }
}
