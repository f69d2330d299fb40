package io.github.airbytejava.specchange;

import java.util.List;

/**
 * The pinned interactions checked against the new effective spec.
 *
 * @param pactFiles the number of pact files found
 * @param interactionsChecked the number of interactions validated
 * @param broken interactions the new spec rejects for a reason the old spec did not: broken by this change
 * @param alreadyFailing interactions the old spec rejected already, for the same reasons: not caused by
 *     this change, listed so that they are not mistaken for passing
 */
public record ContractCheck(
    int pactFiles, int interactionsChecked, List<BrokenContract> broken, List<BrokenContract> alreadyFailing) {}
