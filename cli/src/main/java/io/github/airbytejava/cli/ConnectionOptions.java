package io.github.airbytejava.cli;

import io.github.airbytejava.client.AirbyteClient;
import io.github.airbytejava.client.AirbyteConfigurationException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Where Airbyte is and how to authenticate, for every command. Options win over the {@code
 * AIRBYTE_*} environment variables that {@link AirbyteClient#fromEnvironment()} reads.
 */
final class ConnectionOptions {

  @Option(names = "--url", scope = ScopeType.INHERIT, paramLabel = "BASE_URL",
      description = "API base URL, used as given (e.g. https://airbyte.example.com/api/public/v1).")
  String url;

  @Option(names = "--cloud", scope = ScopeType.INHERIT, description = "Use Airbyte Cloud (https://api.airbyte.com/v1).")
  boolean cloud;

  @Option(names = "--self-managed", scope = ScopeType.INHERIT, arity = "0..1", fallbackValue = "",
      paramLabel = "WEB_URL",
      description = "Use a self-managed Airbyte: its web URL (default http://localhost:8000); /api/public/v1 is added.")
  String selfManaged;

  @Option(names = "--client-id", scope = ScopeType.INHERIT, description = "Application client id (or AIRBYTE_CLIENT_ID).")
  String clientId;

  @Option(names = "--client-secret", scope = ScopeType.INHERIT, arity = "0..1", interactive = true,
      description = "Application client secret (or AIRBYTE_CLIENT_SECRET); without a value it is asked for.")
  String clientSecret;

  @Option(names = "--timeout", scope = ScopeType.INHERIT, paramLabel = "SECONDS", defaultValue = "30",
      description = "Connect and read timeout in seconds (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  private final Map<String, String> environment;

  ConnectionOptions() {
    this(System.getenv());
  }

  ConnectionOptions(Map<String, String> environment) {
    this.environment = environment;
  }

  /** Whether anything says where a real Airbyte is: an option or an {@code AIRBYTE_*} variable. */
  boolean targetsRealAirbyte() {
    return url != null || cloud || selfManaged != null
        || environmentValue("AIRBYTE_API_URL") != null || environmentValue("AIRBYTE_URL") != null;
  }

  /** A client for the configured Airbyte: options first, then the environment. */
  AirbyteClient open() {
    int where = (url != null ? 1 : 0) + (cloud ? 1 : 0) + (selfManaged != null ? 1 : 0);
    if (where > 1) {
      throw new AirbyteConfigurationException("Give only one of --url, --cloud and --self-managed.");
    }
    AirbyteClient.Builder builder = AirbyteClient.builder().environment(effectiveEnvironment());
    if (url != null) {
      builder.baseUrl(url);
    } else if (cloud) {
      builder.cloud();
    } else if (selfManaged != null) {
      if (selfManaged.isBlank()) {
        builder.selfManaged();
      } else {
        builder.selfManaged(selfManaged);
      }
    }
    Duration timeout = Duration.ofSeconds(timeoutSeconds);
    return builder.connectTimeout(timeout).readTimeout(timeout).build();
  }

  /** The environment with --client-id and --client-secret in place of the variables they override. */
  private Map<String, String> effectiveEnvironment() {
    if (clientId == null && clientSecret == null) {
      return environment;
    }
    if (clientId == null || clientSecret == null) {
      throw new AirbyteConfigurationException("Give both --client-id and --client-secret.");
    }
    Map<String, String> merged = new HashMap<>(environment);
    merged.remove("AIRBYTE_ACCESS_TOKEN");
    merged.put("AIRBYTE_CLIENT_ID", clientId);
    merged.put("AIRBYTE_CLIENT_SECRET", clientSecret);
    return merged;
  }

  /** The client id: --client-id, else {@code AIRBYTE_CLIENT_ID}, else {@code null}. */
  String clientIdSetting() {
    return clientId != null ? clientId : environmentValue("AIRBYTE_CLIENT_ID");
  }

  /** The client secret: --client-secret, else {@code AIRBYTE_CLIENT_SECRET}, else {@code null}. */
  String clientSecretSetting() {
    return clientSecret != null ? clientSecret : environmentValue("AIRBYTE_CLIENT_SECRET");
  }

  /** A non-blank environment variable, or {@code null}. */
  private String environmentValue(String name) {
    String value = environment.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
