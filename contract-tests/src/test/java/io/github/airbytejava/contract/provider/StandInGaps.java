package io.github.airbytejava.contract.provider;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The pinned interactions the stand-in does not satisfy yet, each with what it does instead. They
 * are still replayed against the stand-in, and their verification must fail: so nothing here is
 * silently skipped, and once the stand-in learns the behaviour the build fails until the entry is
 * removed. Each entry is work for the stand-in, not a doubt about the pact: the pinned behaviour
 * is Airbyte's.
 */
final class StandInGaps {

  private static final Map<String, String> GAPS = new LinkedHashMap<>();

  static {
    gap("create a source", "the stand-in knows no Stripe connector: the pinned request names Stripe's definition id,"
        + " which it answers with 400 resource-not-found");
    gap("initiate OAuth for a source", "the stand-in offers OAuth only for its built-in postgres and faker sources;"
        + " the pinned request asks for google-ads and gets 400");
    gap("create a workspace with a blank name", "the stand-in accepts a blank workspace name (200)");
    gap("create a destination with a configuration its definition rejects", "the stand-in knows no connector"
        + " specifications, so it accepts any configuration (200)");
    gap("create a connection with an invalid cron expression", "the stand-in checks that a cron schedule has an"
        + " expression, not that the expression is valid (200)");
    gap("start a sync of an inactive connection", "the stand-in starts syncs of inactive connections (200)");
    gap("exchange a wrong client secret for an access token", "the stand-in answers a wrong secret with 401 and a"
        + " problem document; self-managed Airbyte answers 400 with its JSON error document, which the pact pins");
  }

  private StandInGaps() {}

  /** What the stand-in does instead of the pinned response, if it does not satisfy the interaction. */
  static Optional<String> reason(String interactionDescription) {
    return Optional.ofNullable(GAPS.get(interactionDescription));
  }

  /** Every gap, by interaction description. */
  static Map<String, String> all() {
    return Collections.unmodifiableMap(GAPS);
  }

  private static void gap(String description, String reason) {
    GAPS.put(description, reason);
  }
}
