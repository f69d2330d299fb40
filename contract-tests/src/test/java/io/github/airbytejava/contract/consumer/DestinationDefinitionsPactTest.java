package io.github.airbytejava.contract.consumer;

import io.github.airbytejava.generated.api.DestinationDefinitionsApi;

/** The DestinationDefinitions group: custom destination definitions, pinned by {@link CustomDefinitionsPactTest}. */
class DestinationDefinitionsPactTest extends CustomDefinitionsPactTest {

  @Override
  String kind() {
    return "destination";
  }

  @Override
  Operations operations() {
    DestinationDefinitionsApi api = client.destinationDefinitions();
    return new Operations(api::listDestinationDefinitions, api::createDestinationDefinition,
        api::getDestinationDefinition, api::updateDestinationDefinition, api::deleteDestinationDefinition);
  }
}
