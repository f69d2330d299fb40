/**
 * The stand-in's implementation. Nothing here is public API: it may change in any release. Start
 * from {@link io.github.airbytejava.standin.AirbyteStandIn}.
 *
 * <ul>
 *   <li>{@code internal.http}: the HTTP side: routing by the spec, authentication, request
 *       validation, problem responses, paging links.
 *   <li>{@code internal.state}: what every resource shares: the lock, the clock, id generation,
 *       tables.
 *   <li>{@code internal.api}: one class per resource family, holding its records and serving its
 *       operations.
 * </ul>
 */
@ParametersAreNonnullByDefault
package io.github.airbytejava.standin.internal;

import javax.annotation.ParametersAreNonnullByDefault;
