package io.github.airbytejava.standin.internal.api;

import java.time.Instant;

/** The three ways the Airbyte API writes a moment, each used by some resources and not others. */
final class Timestamps {
  private Timestamps() {}

  /** Epoch seconds: sources, destinations, connections ({@code createdAt: 1755562809}). */
  static long epochSeconds(Instant instant) {
    return instant.getEpochSecond();
  }

  /** Epoch milliseconds: applications ({@code createdAt: 1717969830000}). */
  static long epochMillis(Instant instant) {
    return instant.toEpochMilli();
  }

  /** ISO-8601 text: regions, dataplanes, jobs ({@code 2023-03-25T01:30:50Z}). */
  static String iso(Instant instant) {
    return instant.toString();
  }
}
