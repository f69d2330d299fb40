package io.github.airbytejava.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Takes a new upstream spec in: the first step of {@code mvn -Pupdate-spec -Dspec=<file> verify}.
 *
 * <ol>
 *   <li>Writes the baseline for the change report: the effective spec of what is vendored now, before
 *       anything is overwritten.
 *   <li>Stops there when the new file is byte for byte the vendored one.
 *   <li>Applies the overlays to the new file and fails, naming every action that no longer matches,
 *       <em>before</em> copying anything: a failed run leaves {@code upstream/} as it was, so the same
 *       command can be run again once the overlays are fixed, and still reports against the old spec.
 *   <li>Copies the new file over the vendored one, byte for byte, and updates the provenance record
 *       (sha256, dates, and the source when {@code -Dspec.source} gives it).
 * </ol>
 *
 * <p>The effective spec itself is then written by {@link EffectiveSpecBuilder}, as in every build.
 */
public final class VendorSpec {

  static final String PROVENANCE = "provenance.properties";
  private static final Set<String> OPTIONS = Set.of("spec", "upstream", "overlays", "old-effective", "source", "date");

  /** What a run did. */
  public enum Outcome {
    /** The new file is the vendored one; nothing was changed. */
    ALREADY_VENDORED,
    /** The new file replaced the vendored one and the provenance record was updated. */
    VENDORED
  }

  /**
   * One run's inputs.
   *
   * @param newSpec the new upstream spec
   * @param upstreamFolder the folder holding the vendored spec and {@code provenance.properties}
   * @param overlayFolder the overlays
   * @param baseline where to write the effective spec of what is vendored now
   * @param source where the new file comes from, when known
   * @param sourceDate the date of the upstream commit, when known
   * @param today the date the file is taken in
   */
  public record Request(
      Path newSpec,
      Path upstreamFolder,
      Path overlayFolder,
      Path baseline,
      Optional<SpecSource> source,
      Optional<LocalDate> sourceDate,
      LocalDate today) {}

  private VendorSpec() {}

  /**
   * Command-line entry point used by the {@code update-spec} profile.
   *
   * @param args {@code --spec=}, {@code --upstream=}, {@code --overlays=}, {@code --old-effective=},
   *     {@code --source=}, {@code --date=} (the last two may be empty)
   */
  public static void main(String[] args) {
    run(request(args, LocalDate.now(ZoneOffset.UTC)), line -> System.out.println("[update-spec] " + line));
  }

  /**
   * Reads the command line.
   *
   * @throws SpecUpdateUsageException when {@code -Dspec} is missing or not a file, or {@code
   *     -Dspec.source} or {@code -Dspec.date} cannot be read
   */
  public static Request request(String[] args, LocalDate today) {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      String name = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : "";
      if (!OPTIONS.contains(name)) {
        throw new IllegalArgumentException(
            "VendorSpec: unknown argument '" + arg + "'; expected --name=value for " + OPTIONS);
      }
      options.put(name, given(arg.substring(equals + 1)));
    }
    return new Request(
        newSpec(options.getOrDefault("spec", "")),
        folder(options, "upstream"),
        folder(options, "overlays"),
        folder(options, "old-effective"),
        Optional.of(options.getOrDefault("source", "")).filter(s -> !s.isBlank()).map(SpecSource::parse),
        Optional.of(options.getOrDefault("date", "")).filter(s -> !s.isBlank()).map(VendorSpec::date),
        today);
  }

  /**
   * Runs the steps listed on the class.
   *
   * @throws UnmatchedOverlayActionsException naming every overlay action that does not match the new
   *     file; nothing is copied then
   */
  public static Outcome run(Request request, Consumer<String> log) {
    Path provenanceFile = request.upstreamFolder().resolve(PROVENANCE);
    Provenance provenance = Provenance.read(provenanceFile);
    Path vendored = request.upstreamFolder().resolve(provenance.get("file").orElse("airbyte-api.yaml"));

    EffectiveSpecBuilder.write(baseline(vendored, request.overlayFolder(), log), request.baseline());
    log.accept("baseline for the change report: " + request.baseline());

    byte[] incoming = bytes(request.newSpec());
    String sha256 = Provenance.sha256(incoming);
    if (Arrays.equals(incoming, bytes(vendored))) {
      log.accept(request.newSpec() + " is already vendored (sha256 " + sha256 + "); nothing to take in");
      return Outcome.ALREADY_VENDORED;
    }
    ObjectNode spec = EffectiveSpecBuilder.read(request.newSpec());
    requireOpenApi3(spec, request.newSpec());
    try {
      EffectiveSpecBuilder.build(spec, request.overlayFolder());
    } catch (RuntimeException e) {
      log.accept(request.newSpec() + " was NOT taken in: the overlays do not apply to it (see the error). "
          + vendored + " is unchanged; fix the overlays and run the same command again.");
      throw e;
    }

    write(vendored, incoming);
    record(provenance, sha256, request, log).write(provenanceFile);
    log.accept("took in " + request.newSpec() + " as " + vendored + " (sha256 " + sha256 + ")");
    return Outcome.VENDORED;
  }

  /**
   * The effective spec of what is vendored now. Built leniently: when the overlays were already edited
   * for the new spec, an action may no longer match the old one; the baseline then goes without it and
   * says so, rather than leaving the report without a baseline.
   */
  private static ObjectNode baseline(Path vendored, Path overlayFolder, Consumer<String> log) {
    return EffectiveSpecBuilder.build(EffectiveSpecBuilder.read(vendored), overlayFolder, e ->
        log.accept("WARNING: the baseline was built without " + e.actions().size()
            + " overlay action(s) that do not match the vendored spec (edited for the new one?); the report"
            + " may show their fixes as changes:\n" + e.getMessage()));
  }

  private static Provenance record(Provenance provenance, String sha256, Request request, Consumer<String> log) {
    provenance.set("sha256", sha256).set("vendored.date", request.today().toString());
    if (request.source().isPresent()) {
      SpecSource source = request.source().get();
      provenance.set("source.repository", source.repository()).set("source.commit", source.commit());
      source.path().ifPresent(path -> provenance.set("source.path", path));
    } else {
      // The old commit id would now be a false statement about the new file.
      provenance.set("source.commit", "unknown");
      log.accept("provenance: no -Dspec.source given, source.commit recorded as 'unknown'");
    }
    // Without the commit date, the day it was taken in is the one date known to be no earlier than it.
    provenance.set("source.date", request.sourceDate().orElse(request.today()).toString());
    if (request.sourceDate().isEmpty()) {
      log.accept("provenance: no -Dspec.date given, source.date recorded as today, " + request.today());
    }
    return provenance;
  }

  private static void requireOpenApi3(ObjectNode spec, Path file) {
    JsonNode version = spec.get("openapi");
    if (version == null || !version.asText().startsWith("3.") || !spec.path("paths").isObject()) {
      throw new SpecUpdateUsageException(
          "-Dspec=" + file + " is not an OpenAPI 3 document (no 'openapi: 3.x' and 'paths').");
    }
  }

  private static Path newSpec(String value) {
    if (value.isBlank()) {
      throw new SpecUpdateUsageException("-Dspec is missing: say which new upstream spec to take in.");
    }
    Path file = Path.of(value).toAbsolutePath();
    if (!Files.isRegularFile(file)) {
      throw new SpecUpdateUsageException("-Dspec=" + value + " is not a file (read as " + file
          + "; a relative path is read from the folder mvn was started in).");
    }
    return file;
  }

  /** The paths the profile itself passes; missing only when the pom is wrong, so no usage message. */
  private static Path folder(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          "VendorSpec: --" + name + "=<path> is missing (see openapi/pom.xml, profile update-spec)");
    }
    return Path.of(value);
  }

  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new SpecUpdateUsageException("-Dspec.date=" + value + " is not a date like 2026-07-24.");
    }
  }

  /** Maven passes an unset property through as the literal {@code ${name}}: treat it as not given. */
  private static String given(String value) {
    return value.startsWith("${") ? "" : value;
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static void write(Path file, byte[] content) {
    try {
      Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }
}
