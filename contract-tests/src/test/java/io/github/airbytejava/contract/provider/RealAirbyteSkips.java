package io.github.airbytejava.contract.provider;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The pinned interactions that are not replayed against a real Airbyte ({@code
 * -Dcontracts.provider=airbyte}), each with the reason. Against the stand-in every interaction is
 * replayed. {@code PinsAndProviderSideListsTest} keeps this list in step with the pins: an entry
 * that names no pinned interaction fails the build.
 *
 * <p>An interaction is here only if a real deployment cannot satisfy it safely: it would change
 * something shared beyond what the verification creates for itself, or its provider state cannot be
 * set up through the public API.
 */
public final class RealAirbyteSkips {

  private static final String ORGANIZATION_OAUTH = "it would overwrite or delete the organization's own OAuth app"
      + " for google-ads, which every workspace of the organization uses for its OAuth sources";
  private static final String INFRASTRUCTURE = "regions and dataplanes are where the syncs of the whole"
      + " organization run (an Airbyte Enterprise feature): creating, renaming, disabling or deleting them, or"
      + " creating one for the state, changes the deployment for everyone";
  private static final String EMBEDDED = "Airbyte Embedded is switched on for an organization by Airbyte, not"
      + " through the API, so the state cannot be set up";
  private static final String EXAMPLE_IMAGE = "Airbyte pulls the image named in the request and runs it to read"
      + " its spec; the pact names the example image example/<kind>-custom-api, which does not exist";
  private static final String STUB_MANIFEST = "Airbyte derives the connector's specification from the manifest;"
      + " the pact's manifest, and so the state's, is a stub without spec or streams";

  private static final Map<String, String> SKIPPED = new LinkedHashMap<>();

  static {
    skip(ORGANIZATION_OAUTH,
        "set the OAuth app credentials of an organization for a source type",
        "delete the OAuth app credentials of an organization for a source type");
    skip(INFRASTRUCTURE,
        "create a region in an organization", "rename a region", "get a region", "list the regions of an organization",
        "delete a region", "create a dataplane in a region", "get a dataplane", "list the dataplanes of a region",
        "disable a dataplane", "delete a dataplane");
    skip(EMBEDDED,
        "get a token for the embedded widget", "list the organizations of the user with Airbyte Embedded");
    skip(EXAMPLE_IMAGE,
        "create a custom source definition", "create a custom destination definition",
        "upgrade the image tag of a custom source definition",
        "upgrade the image tag of a custom destination definition");
    skip(STUB_MANIFEST,
        "create a declarative source definition", "publish a new manifest for a declarative source definition",
        "get a declarative source definition", "list the declarative source definitions of a workspace",
        "delete a declarative source definition");
  }

  private RealAirbyteSkips() {}

  /** Why the interaction with this description is skipped against a real Airbyte, if it is. */
  public static Optional<String> reason(String interactionDescription) {
    return Optional.ofNullable(SKIPPED.get(interactionDescription));
  }

  /** Every skipped interaction's description, with its reason, in a stable order. */
  public static Map<String, String> all() {
    return Collections.unmodifiableMap(SKIPPED);
  }

  private static void skip(String reason, String... descriptions) {
    for (String description : descriptions) {
      SKIPPED.put(description, reason);
    }
  }
}
