/**
 * The Airbyte public API client: start at {@link io.github.airbytejava.client.AirbyteClient}.
 *
 * <p>Everything in this package is public API. The {@code internal} package is not: it may change
 * in any release. Methods return non-null values unless documented otherwise; optional values are
 * {@link java.util.Optional}.
 */
package io.github.airbytejava.client;
