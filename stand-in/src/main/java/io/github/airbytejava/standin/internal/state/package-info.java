/**
 * What every resource of the stand-in shares: the lock, the clock, id generation and
 * insertion-ordered tables.
 */
@ParametersAreNonnullByDefault
package io.github.airbytejava.standin.internal.state;

import javax.annotation.ParametersAreNonnullByDefault;
