package io.github.airbytejava.contract.consumer;

import io.github.airbytejava.generated.api.SourceDefinitionsApi;

/** The SourceDefinitions group: custom source definitions, pinned by {@link CustomDefinitionsPactTest}. */
class SourceDefinitionsPactTest extends CustomDefinitionsPactTest {

  @Override
  String kind() {
    return "source";
  }

  @Override
  Operations operations() {
    SourceDefinitionsApi api = client.sourceDefinitions();
    return new Operations(api::listSourceDefinitions, api::createSourceDefinition, api::getSourceDefinition,
        api::updateSourceDefinition, api::deleteSourceDefinition);
  }
}
