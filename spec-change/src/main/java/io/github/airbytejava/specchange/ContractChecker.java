package io.github.airbytejava.specchange;

import au.com.dius.pact.core.model.RequestResponseInteraction;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.pact.PactRequest;
import com.atlassian.oai.validator.pact.PactResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every pinned interaction against the new effective spec with swagger-request-validator (its
 * Pact adapters {@link PactRequest} and {@link PactResponse}), and against the old one, to tell what this
 * change broke.
 *
 * <p>An interaction is broken by the change when the new spec reports an error the old one did not. One
 * that failed already before, for the same reasons, is listed apart: it is not news about this spec
 * bump, and counting it would make every bump red for a reason no bump can fix.
 *
 * <p>The validator's default levels are used, as {@code contract-tests} uses them to check the same pins
 * in every build: what passes there and fails here is what the spec bump will break there.
 *
 * <p>Interactions are validated one by one rather than through {@code PactProviderValidator}, which
 * takes one base path per pact and keys results by description: pins are recorded under Cloud's {@code
 * /v1} and under self-managed {@code /api/public/v1}, and the validator must be told which.
 */
public final class ContractChecker {

  private final EffectiveSpec before;
  private final EffectiveSpec after;
  private final Map<String, OpenApiInteractionValidator> validators = new HashMap<>();

  /** A checker comparing the verdicts of two effective specs. */
  public ContractChecker(EffectiveSpec before, EffectiveSpec after) {
    this.before = before;
    this.after = after;
  }

  /** Checks every interaction of every pact. */
  public ContractCheck check(List<PinnedPact> pacts) {
    int checked = 0;
    List<BrokenContract> broken = new ArrayList<>();
    List<BrokenContract> alreadyFailing = new ArrayList<>();
    for (PinnedPact pact : pacts) {
      for (RequestResponseInteraction interaction : pact.interactions()) {
        checked++;
        Set<String> now = errors(after, interaction);
        if (now.isEmpty()) {
          continue;
        }
        Set<String> fresh = new LinkedHashSet<>(now);
        fresh.removeAll(errors(before, interaction));
        String request = interaction.getRequest().getMethod().toUpperCase(Locale.ROOT) + " "
            + interaction.getRequest().getPath();
        List<String> messages = List.copyOf(fresh.isEmpty() ? now : fresh);
        BrokenContract contract =
            new BrokenContract(pact.name(), pact.consumer(), interaction.getDescription(), request, messages);
        (fresh.isEmpty() ? alreadyFailing : broken).add(contract);
      }
    }
    return new ContractCheck(pacts.size(), checked, List.copyOf(broken), List.copyOf(alreadyFailing));
  }

  private Set<String> errors(EffectiveSpec spec, RequestResponseInteraction interaction) {
    Optional<String> basePath = BasePath.of(interaction.getRequest().getPath(), spec.serverPaths());
    ValidationReport report = validator(spec, basePath)
        .validate(new PactRequest(interaction.getRequest()), PactResponse.of(interaction.getResponse()));
    Set<String> errors = new LinkedHashSet<>();
    report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .forEach(m -> errors.add(m.getKey() + ": " + m.getMessage()));
    return errors;
  }

  /** One validator per spec and base path: building one parses the whole spec. */
  private OpenApiInteractionValidator validator(EffectiveSpec spec, Optional<String> basePath) {
    String key = (spec == before ? "before " : "after ") + basePath.orElse("");
    return validators.computeIfAbsent(key, k -> OpenApiInteractionValidator
        .createForInlineApiSpecification(spec.text())
        .withBasePathOverride(basePath.orElse(null))
        .build());
  }
}
