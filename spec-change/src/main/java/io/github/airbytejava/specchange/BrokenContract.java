package io.github.airbytejava.specchange;

import java.util.List;

/**
 * A pinned interaction that the new spec rejects.
 *
 * @param pact the pact file, relative to the pins folder
 * @param consumer the pact's consumer
 * @param interaction the interaction's description
 * @param request the interaction's request, {@code METHOD /path}
 * @param messages the validator's messages, {@code key: message}
 */
public record BrokenContract(String pact, String consumer, String interaction, String request, List<String> messages) {}
