package io.github.airbytejava.client.internal;

import java.util.Map;

/** Reason phrases for the statuses Airbyte uses; HTTP/2 responses carry none of their own. */
final class HttpStatusText {

  private static final Map<Integer, String> PHRASES =
      Map.ofEntries(
          Map.entry(301, "Moved Permanently"),
          Map.entry(302, "Found"),
          Map.entry(303, "See Other"),
          Map.entry(307, "Temporary Redirect"),
          Map.entry(308, "Permanent Redirect"),
          Map.entry(400, "Bad Request"),
          Map.entry(401, "Unauthorized"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Not Found"),
          Map.entry(405, "Method Not Allowed"),
          Map.entry(409, "Conflict"),
          Map.entry(415, "Unsupported Media Type"),
          Map.entry(422, "Unprocessable Entity"),
          Map.entry(429, "Too Many Requests"),
          Map.entry(500, "Internal Server Error"),
          Map.entry(502, "Bad Gateway"),
          Map.entry(503, "Service Unavailable"),
          Map.entry(504, "Gateway Timeout"));

  private HttpStatusText() {}

  /** {@code 404 Not Found}, or just {@code 418} for a status without a known phrase. */
  static String of(int status) {
    String phrase = PHRASES.get(status);
    return phrase == null ? String.valueOf(status) : status + " " + phrase;
  }
}
