/**
 * Implementation of the client: Feign extension points and their wiring. Not public API; may change
 * in any release.
 */
package io.github.airbytejava.client.internal;
