package io.github.airbytejava.client.reliability;

import java.time.Duration;

/**
 * What one call through the client came to: its value or what it threw, how long it took, and how
 * many API and token requests the rig's servers received meanwhile.
 */
record Outcome(
    Object value, Throwable failure, Duration elapsed, int apiRequests, int tokenRequests) {}
