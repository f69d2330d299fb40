package io.github.airbytejava.client.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import feign.Request;
import feign.Response;
import io.github.airbytejava.client.AirbyteDecodeException;
import io.github.airbytejava.client.internal.ModelMapper;
import io.github.airbytejava.client.internal.SafeDecoder;
import io.github.airbytejava.generated.invoker.ApiResponseDecoder;
import io.github.airbytejava.generated.model.ApiResponse;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Whatever body a server sends with a 200, decoding it as any response type of any generated
 * operation gives a value of that type or an {@link AirbyteDecodeException}: never {@code null},
 * never another exception. The bodies are arbitrary JSON built around each model's own property
 * names (so that wrong types, unknown enum values and odd dates reach the real fields), and
 * arbitrary text. They go through the decoder chain the client uses for every call.
 */
class ResponseDecodingPropertiesTest {

  private static final Duration TRY_LIMIT = Duration.ofSeconds(5);
  private static final ObjectMapper MAPPER = ModelMapper.create();
  private static final SafeDecoder DECODER = new SafeDecoder(new ApiResponseDecoder(MAPPER), false);
  private static final List<Type> RESPONSE_TYPES = findResponseTypes();

  @Property(tries = 600)
  void arbitraryJsonDecodesToAValueOrADecodeException(
      @ForAll("typesWithJsonBodies") Tuple2<Type, String> typeAndBody) {
    Statistics.collect(decode(typeAndBody.get1(), typeAndBody.get2()));
  }

  @Property(tries = 200)
  void arbitraryTextDecodesToAValueOrADecodeException(
      @ForAll("responseTypes") Type type, @ForAll("text") String body) {
    decode(type, body);
  }

  // The other side: a minimal valid body decodes for every type, so "decode error" is not all
  // the properties above ever see.
  @Test
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void everyResponseTypeDecodesItsMinimalBody() {
    for (Type type : RESPONSE_TYPES) {
      String minimal = List.class.equals(rawClassOf(dataTypeOf(type))) ? "[]" : "{}";
      assertThat(decode(type, minimal)).as("%s from %s", type, minimal).isEqualTo("value");
    }
  }

  /** "value" or "decode error"; anything else fails the property. */
  private static String decode(Type type, String body) {
    return assertTimeoutPreemptively(
        TRY_LIMIT,
        () -> {
          try {
            Object value = DECODER.decode(response(body), type);
            assertThat(value).as("decoded %s from %s", type, body).isNotNull();
            assertThat(value).isInstanceOf(rawClassOf(type));
            return "value";
          } catch (AirbyteDecodeException expected) {
            return "decode error";
          }
        });
  }

  private static Class<?> rawClassOf(Type type) {
    return type instanceof ParameterizedType
        ? (Class<?>) ((ParameterizedType) type).getRawType()
        : (Class<?>) type;
  }

  private static Response response(String body) {
    Request request =
        Request.create(
            Request.HttpMethod.GET,
            "http://localhost/v1/anything",
            Map.of(),
            null,
            StandardCharsets.UTF_8,
            null);
    return Response.builder()
        .status(200)
        .request(request)
        .headers(Map.<String, Collection<String>>of("Content-Type", List.of("application/json")))
        .body(body, StandardCharsets.UTF_8)
        .build();
  }

  /** The return types of every generated operation that returns a body. */
  private static List<Type> findResponseTypes() {
    Set<Type> types = new LinkedHashSet<>();
    for (Class<?> api : GeneratedTypes.apiInterfaces()) {
      for (Method method : api.getMethods()) {
        Type type = method.getGenericReturnType();
        if (type == void.class) {
          continue;
        }
        types.add(type);
        types.add(dataTypeOf(type)); // a no-op unless type is ApiResponse<T>
      }
    }
    types.remove(Void.class);
    return List.copyOf(types);
  }

  @Provide
  Arbitrary<Type> responseTypes() {
    assertThat(RESPONSE_TYPES).hasSizeGreaterThan(20);
    return Arbitraries.of(RESPONSE_TYPES);
  }

  @Provide
  Arbitrary<Tuple2<Type, String>> typesWithJsonBodies() {
    return responseTypes()
        .flatMap(type -> json(namesOf(type), 4).map(body -> Tuple.of(type, body)));
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(200),
        Arbitraries.strings().withChars("{}[]\":,0123456789.eE-+ntrufals\\").ofMaxLength(80));
  }

  /** The type of the body: {@code T} of {@code ApiResponse<T>}, else the type itself. */
  private static Type dataTypeOf(Type type) {
    return rawClassOf(type) == ApiResponse.class
        ? ((ParameterizedType) type).getActualTypeArguments()[0]
        : type;
  }

  /** The JSON property names of the model {@code type} returns (of its items, for a list). */
  private static List<String> namesOf(Type type) {
    Type model = dataTypeOf(type);
    if (model instanceof ParameterizedType) {
      model = ((ParameterizedType) model).getActualTypeArguments()[0];
    }
    JavaType javaType = MAPPER.constructType(model);
    List<String> names = new ArrayList<>();
    for (BeanPropertyDefinition property :
        MAPPER.getDeserializationConfig().introspect(javaType).findProperties()) {
      names.add(property.getName());
    }
    names.add("unexpected");
    return names;
  }

  /** Arbitrary JSON values, objects keyed mostly by {@code names}, nested up to {@code depth}. */
  private static Arbitrary<String> json(List<String> names, int depth) {
    Arbitrary<String> scalar =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(12).map(ResponseDecodingPropertiesTest::quoted),
            Arbitraries.of(
                "null",
                "true",
                "false",
                "0",
                "-1",
                "1.5e308",
                "1e999",
                "-9223372036854775809",
                "99999999999999999999999",
                "\"2026-01-01T00:00:00Z\"",
                "\"2026-13-45\"",
                "\"not-a-uuid\"",
                "\"11111111-2222-3333-4444-555555555555\"",
                "\"running\"",
                "\"unknown_enum_value\"",
                "\"\""),
            Arbitraries.integers().map(String::valueOf));
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<String> value = Arbitraries.lazy(() -> json(names, depth - 1));
    Arbitrary<String> key =
        Arbitraries.oneOf(Arbitraries.of(names), Arbitraries.strings().alpha().ofMaxLength(6));
    Arbitrary<String> object =
        Arbitraries.maps(key, value)
            .ofMaxSize(6)
            .map(
                members ->
                    members.entrySet().stream()
                        .map(e -> quoted(e.getKey()) + ":" + e.getValue())
                        .collect(Collectors.joining(",", "{", "}")));
    Arbitrary<String> array =
        value.list().ofMaxSize(4).map(items -> String.join(",", items)).map(s -> "[" + s + "]");
    return Arbitraries.frequencyOf(Tuple.of(2, scalar), Tuple.of(6, object), Tuple.of(2, array));
  }

  private static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
