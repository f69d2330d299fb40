package io.github.airbytejava.contract.conformance;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * REST Assured filters that validate every request and response against the effective spec
 * (system property {@code airbyte.effectiveSpec}), and fail the call on any mismatch.
 *
 * <p>The spec's servers are Cloud's {@code /v1} and self-managed {@code /api/public/v1}, and the
 * validator matches paths under one base path, so each filter is built for the base path of the
 * provider's URL. One validator per base path and JVM: reading the spec takes seconds.
 *
 * <p>A missing {@code Authorization} header is not reported: the tests of 401 leave it out on
 * purpose, and the response they get is still validated.
 */
final class SpecValidation {

  private static final Map<String, OpenApiValidationFilter> FILTERS = new ConcurrentHashMap<>();

  private SpecValidation() {}

  /** The filter for a provider whose API lives under {@code basePath}, such as {@code /api/public/v1}. */
  static OpenApiValidationFilter filter(String basePath) {
    return FILTERS.computeIfAbsent(basePath, SpecValidation::build);
  }

  private static OpenApiValidationFilter build(String basePath) {
    String spec = System.getProperty("airbyte.effectiveSpec");
    if (spec == null) {
      throw new IllegalStateException("System property airbyte.effectiveSpec is not set; run through Maven");
    }
    OpenApiInteractionValidator validator = OpenApiInteractionValidator
        .createForSpecificationUrl(Path.of(spec).toUri().toString())
        .withBasePathOverride(basePath)
        .withLevelResolver(LevelResolver.create()
            .withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE)
            .build())
        .build();
    return new OpenApiValidationFilter(validator);
  }
}
