package io.github.airbytejava.client.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Param;
import feign.RequestLine;
import io.github.airbytejava.client.AirbyteClient;
import io.github.airbytejava.client.AirbyteConfigurationException;
import io.github.airbytejava.client.testing.FakeAirbyte;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A string path parameter is one path segment whatever it contains: characters with a meaning in
 * URLs are percent-encoded (including {@code %} itself), so no id can reach another path, and the
 * values no encoding keeps in one segment are refused before anything is sent. The methods are
 * found by reflection, so a string path parameter Airbyte adds later is tested too.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PathParameterEncodingTest {

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

  private final Rig rig = Rig.defaults();
  private final FakeAirbyte airbyte =
      new FakeAirbyte()
          .api(
              r ->
                  FakeAirbyte.json(
                      200,
                      "{\"id\":\"x\",\"name\":\"x\",\"clientId\":\"x\",\"clientSecret\":\"x\","
                          + "\"createdAt\":1}"));
  private AirbyteClient client;

  @BeforeEach
  void start() throws Exception {
    MockWebServer server = rig.mock(airbyte);
    client = rig.client(FakeAirbyte.baseUrl(server));
  }

  @AfterEach
  void close() throws Exception {
    rig.close();
  }

  /** A generated method with a String path parameter, and that parameter's index. */
  record Target(Method method, int index, String pathTemplate) {
    @Override
    public String toString() {
      return method.getDeclaringClass().getSimpleName() + "#" + method.getName();
    }
  }

  static List<Target> stringPathParameters() {
    List<Target> targets = new ArrayList<>();
    for (Class<?> api : GeneratedTypes.apiInterfaces()) {
      for (Method method : api.getMethods()) {
        RequestLine line = method.getAnnotation(RequestLine.class);
        if (line == null || method.getName().endsWith("WithHttpInfo")) {
          continue;
        }
        String path = line.value().split(" ", 2)[1].split("\\?", 2)[0];
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
          Param param = parameters[i].getAnnotation(Param.class);
          if (param != null
              && parameters[i].getType() == String.class
              && path.contains("{" + param.value() + "}")) {
            targets.add(new Target(method, i, path));
          }
        }
      }
    }
    return targets;
  }

  @Test
  void theGeneratedClientHasStringPathParametersToProtect() {
    assertThat(stringPathParameters())
        .extracting(Target::toString)
        .contains(
            "ApplicationsApi#getApplication",
            "ApplicationsApi#deleteApplication",
            "WorkspacesApi#deleteWorkspaceOAuthCredentials",
            "OrganizationsApi#deleteOrganizationOAuthCredentials");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a/b",
        "a?x=1",
        "a#f",
        "100%",
        "a b",
        "a%2Fb",
        "%41",
        "../../sources",
        "..%2F..",
        "a\r\nX-Injected: 1",
        "{name}",
        "a;b=c",
        "é",
        "plain-id_1.x~"
      })
  void aStringPathParameterArrivesAsExactlyOneSegmentWithItsValue(String value) throws Exception {
    for (Target target : stringPathParameters()) {
      int before = airbyte.requests.size();
      invoke(target, value);

      RecordedRequest request = airbyte.requests.get(before);
      List<String> expected = new ArrayList<>(List.of("v1"));
      expected.addAll(segmentsOf(target, value));
      assertThat(request.getUrl().pathSegments()).as(target.toString()).isEqualTo(expected);
      assertThat(request.getUrl().query()).as(target.toString()).isNull();
    }
  }

  @Test
  void unreservedCharactersAreSentAsTheyAre() throws Exception {
    Target getApplication =
        stringPathParameters().stream()
            .filter(t -> t.toString().equals("ApplicationsApi#getApplication"))
            .findFirst()
            .orElseThrow();
    invoke(getApplication, "app-1_b.c~");

    assertThat(airbyte.requests.get(0).getUrl().encodedPath())
        .isEqualTo("/v1/applications/app-1_b.c~");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", ".."})
  void aValueNoUrlCanCarryAsOneSegmentIsRefusedBeforeAnythingIsSent(String value) throws Exception {
    for (Target target : stringPathParameters()) {
      assertThat(catchInvocation(target, value))
          .as(target.toString())
          .isInstanceOf(AirbyteConfigurationException.class)
          .hasMessageContaining("no URL can carry")
          .hasMessageContaining(paramName(target));
    }
    assertThat(airbyte.requests).isEmpty();
  }

  @Test
  void aQueryValueWithSeparatorsStaysOneValue() {
    airbyte.api(r -> FakeAirbyte.json(200, "{\"data\":[]}"));
    client.users().listUsersWithinAnOrganization(Rig.ID, null, List.of("a@x.com&ids=evil#f"));

    RecordedRequest request = airbyte.requests.get(0);
    assertThat(request.getUrl().queryParameterValues("emails"))
        .containsExactly("a@x.com&ids=evil#f");
    assertThat(request.getUrl().queryParameterNames()).containsExactly("organizationId", "emails");
  }

  private List<String> segmentsOf(Target target, String value) {
    List<String> segments = new ArrayList<>();
    for (String part : target.pathTemplate().substring(1).split("/")) {
      Matcher variable = VARIABLE.matcher(part);
      if (!variable.matches()) {
        segments.add(part);
      } else if (variable.group(1).equals(paramName(target))) {
        segments.add(value);
      } else {
        segments.add(
            argumentFor(target.method().getParameters()[indexOf(target, variable.group(1))])
                .toString());
      }
    }
    return segments;
  }

  private static String paramName(Target target) {
    return target.method().getParameters()[target.index()].getAnnotation(Param.class).value();
  }

  private static int indexOf(Target target, String name) {
    Parameter[] parameters = target.method().getParameters();
    for (int i = 0; i < parameters.length; i++) {
      Param param = parameters[i].getAnnotation(Param.class);
      if (param != null && param.value().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException(name);
  }

  private void invoke(Target target, String value) throws Exception {
    Throwable failure = catchInvocation(target, value);
    if (failure != null) {
      throw new AssertionError(target + " failed for '" + value + "'", failure);
    }
  }

  private Throwable catchInvocation(Target target, String value) throws Exception {
    Parameter[] parameters = target.method().getParameters();
    Object[] args = new Object[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      args[i] = i == target.index() ? value : argumentFor(parameters[i]);
    }
    Object api = client.api(target.method().getDeclaringClass());
    try {
      target.method().invoke(api, args);
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    }
  }

  /** A harmless argument of the parameter's type: the rig's id, an enum's first value, ... */
  private static Object argumentFor(Parameter parameter) {
    Class<?> type = parameter.getType();
    if (type == UUID.class) {
      return Rig.ID;
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type == String.class) {
      return "x";
    }
    throw new IllegalStateException("No test argument for " + type + ": extend argumentFor.");
  }
}
