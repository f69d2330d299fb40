package io.github.airbytejava.contract.check;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.FileSource;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.RequestResponseInteraction;
import au.com.dius.pact.core.model.V4Pact;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.pact.PactRequest;
import com.atlassian.oai.validator.pact.PactResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Validates every interaction of a pact file against the effective spec with
 * swagger-request-validator: request path, method, parameters and body; response status, headers and
 * body schema.
 *
 * <p>The validator matches paths under one base path only, so there is one validator per base path
 * the API is served under (Cloud's {@code /v1}, self-managed {@code /api/public/v1}), chosen by the
 * interaction's path.
 */
final class PactSpecValidator {

  static final String SELF_MANAGED_BASE = "/api/public/v1";
  static final String CLOUD_BASE = "/v1";

  /** One interaction that does not conform, with the validator's messages (each names its JSON path). */
  record Failure(String pact, String interaction, List<String> messages) {
    @Override
    public String toString() {
      return pact + " :: " + interaction + "\n    " + String.join("\n    ", messages);
    }
  }

  private final OpenApiInteractionValidator selfManaged;
  private final OpenApiInteractionValidator cloud;

  PactSpecValidator(Path effectiveSpec) {
    String spec = effectiveSpec.toUri().toString();
    this.selfManaged = OpenApiInteractionValidator.createForSpecificationUrl(spec)
        .withBasePathOverride(SELF_MANAGED_BASE).build();
    this.cloud = OpenApiInteractionValidator.createForSpecificationUrl(spec)
        .withBasePathOverride(CLOUD_BASE).build();
  }

  static PactSpecValidator forEffectiveSpec() {
    String spec = System.getProperty("airbyte.effectiveSpec");
    if (spec == null) {
      throw new IllegalStateException("System property airbyte.effectiveSpec is not set; run through Maven");
    }
    return new PactSpecValidator(Path.of(spec));
  }

  List<Failure> validate(Path pactFile) {
    List<Failure> failures = new ArrayList<>();
    for (Map.Entry<String, ValidationReport> entry : reports(pactFile).entrySet()) {
      List<String> errors = entry.getValue().getMessages().stream()
          .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
          .map(m -> m.getKey() + ": " + m.getMessage())
          .toList();
      if (!errors.isEmpty()) {
        failures.add(new Failure(pactFile.getFileName().toString(), entry.getKey(), errors));
      }
    }
    return failures;
  }

  int interactionCount(Path pactFile) {
    return PactFiles.interactions(pactFile).size();
  }

  /** Interaction description to the validator's report. */
  private Map<String, ValidationReport> reports(Path pactFile) {
    Pact pact = DefaultPactReader.INSTANCE.loadPact(new FileSource(pactFile.toFile()));
    Pact requestResponse = pact instanceof V4Pact v4 ? v4.asRequestResponsePact().get() : pact;
    Map<String, ValidationReport> reports = new java.util.LinkedHashMap<>();
    requestResponse.getInteractions().forEach(i -> {
      RequestResponseInteraction interaction = (RequestResponseInteraction) i;
      OpenApiInteractionValidator validator =
          interaction.getRequest().getPath().startsWith(SELF_MANAGED_BASE + "/") ? selfManaged : cloud;
      reports.put(interaction.getDescription(), validator.validate(
          // PactRequest.of, not the constructor: the constructor's wrapper hides the body from the validator.
          PactRequest.of(interaction.getRequest()), PactResponse.of(interaction.getResponse())));
    });
    return reports;
  }
}
