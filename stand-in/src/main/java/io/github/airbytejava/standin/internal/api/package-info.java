/**
 * The resources of the Airbyte API, one class per resource family. Each holds its records (in
 * {@link io.github.airbytejava.standin.internal.state.Table}s), offers typed methods that the
 * seeding API also uses (so that seeded state obeys the same rules as state created over HTTP), and
 * registers the handlers of its operations. Everything here runs under the {@link
 * io.github.airbytejava.standin.internal.state.StateContext} lock.
 */
@ParametersAreNonnullByDefault
package io.github.airbytejava.standin.internal.api;

import javax.annotation.ParametersAreNonnullByDefault;
