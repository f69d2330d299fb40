package io.github.airbytejava.standin;

import java.util.Objects;
import javax.annotation.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts an {@link AirbyteStandIn} for a JUnit 5 test class and stops it afterwards.
 *
 * <p>Registered on a static field, one stand-in serves the whole class and is {@linkplain
 * AirbyteStandIn#reset() reset} before each test (so every test starts from the same state with the
 * same credentials); on an instance field, each test gets its own. With
 * {@code @ExtendWith(AirbyteStandInExtension.class)} it uses the defaults, and test methods can
 * take the {@link AirbyteStandIn} as a parameter.
 *
 * <pre>{@code
 * @RegisterExtension
 * static AirbyteStandInExtension standIn =
 *     AirbyteStandInExtension.using(AirbyteStandIn.builder().tokenLifetime(Duration.ofSeconds(5)));
 *
 * @Test
 * void listsWorkspaces() {
 *   standIn.state().createWorkspace("Analytics");
 *   AirbyteClient client = AirbyteClient.builder()
 *       .baseUrl(standIn.baseUrl())
 *       .clientCredentials(standIn.clientId(), standIn.clientSecret())
 *       .build();
 *   ...
 * }
 * }</pre>
 */
public final class AirbyteStandInExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {
  private final AirbyteStandIn.Builder builder;
  private boolean resetBeforeEach = true;
  @Nullable private AirbyteStandIn standIn;
  @Nullable private String startedBy;

  /** An extension with the default stand-in; what {@code @ExtendWith} uses. */
  public AirbyteStandInExtension() {
    this(AirbyteStandIn.builder());
  }

  private AirbyteStandInExtension(AirbyteStandIn.Builder builder) {
    this.builder = Objects.requireNonNull(builder, "builder");
  }

  /** An extension that starts stand-ins configured by {@code builder}. */
  public static AirbyteStandInExtension using(AirbyteStandIn.Builder builder) {
    return new AirbyteStandInExtension(builder);
  }

  /**
   * Keeps state, counts and broken operations from test to test of a class (by default each test
   * starts afresh).
   */
  public AirbyteStandInExtension keepStateBetweenTests() {
    this.resetBeforeEach = false;
    return this;
  }

  /**
   * The running stand-in.
   *
   * @throws IllegalStateException outside a test, or before the extension has started it
   */
  public AirbyteStandIn standIn() {
    if (standIn == null) {
      throw new IllegalStateException(
          "The stand-in is not running: register the extension with @RegisterExtension or"
              + " @ExtendWith, and use it from a test or a @BeforeEach/@BeforeAll method.");
    }
    return standIn;
  }

  /** Shortcut for {@code standIn().baseUrl()}. */
  public String baseUrl() {
    return standIn().baseUrl();
  }

  /** Shortcut for {@code standIn().clientId()}. */
  public String clientId() {
    return standIn().clientId();
  }

  /** Shortcut for {@code standIn().clientSecret()}. */
  public String clientSecret() {
    return standIn().clientSecret();
  }

  /** Shortcut for {@code standIn().state()}. */
  public StandInState state() {
    return standIn().state();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    startIfStopped(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    // An instance field is only seen here, not in beforeAll: start per test then.
    if (!startIfStopped(context) && resetBeforeEach) {
      standIn().reset();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    stopIfStartedBy(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stopIfStartedBy(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == AirbyteStandIn.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return standIn();
  }

  /**
   * Starts a stand-in unless one runs (a nested class shares its outer class's); true if it started
   * one.
   */
  private boolean startIfStopped(ExtensionContext context) {
    if (standIn != null) {
      return false;
    }
    standIn = builder.start();
    startedBy = context.getUniqueId();
    return true;
  }

  private void stopIfStartedBy(ExtensionContext context) {
    if (standIn != null && context.getUniqueId().equals(startedBy)) {
      standIn.close();
      standIn = null;
      startedBy = null;
    }
  }
}
