/**
 * The HTTP side of the stand-in: the spec as route table and validator, authentication, the
 * dispatcher that turns exchanges into operation calls, problem responses and paging links.
 */
@ParametersAreNonnullByDefault
package io.github.airbytejava.standin.internal.http;

import javax.annotation.ParametersAreNonnullByDefault;
