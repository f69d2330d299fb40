/**
 * An in-memory Airbyte public API for tests and demos. Start with {@link
 * io.github.airbytejava.standin.AirbyteStandIn#builder()}, or register {@link
 * io.github.airbytejava.standin.AirbyteStandInExtension} in a JUnit 5 test. {@code internal}
 * packages are not API.
 */
@ParametersAreNonnullByDefault
package io.github.airbytejava.standin;

import javax.annotation.ParametersAreNonnullByDefault;
