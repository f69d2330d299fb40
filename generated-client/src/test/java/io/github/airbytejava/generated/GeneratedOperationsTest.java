package io.github.airbytejava.generated;

import static org.assertj.core.api.Assertions.assertThat;

import feign.QueryMap;
import feign.RequestLine;
import io.github.airbytejava.generated.invoker.ApiClient;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every operation of the effective spec is generated, into exactly one interface. */
class GeneratedOperationsTest {

  private static final String API_PACKAGE = "io.github.airbytejava.generated.api";

  @Test
  void everyOperationIdIsGeneratedExactlyOnce() throws Exception {
    Set<String> specIds = specOperationIds();
    Map<String, List<String>> generated = generatedOperations();

    assertThat(specIds).hasSize(92);
    assertThat(generated.keySet()).containsExactlyInAnyOrderElementsOf(specIds);
    assertThat(generated).allSatisfy((id, interfaces) -> assertThat(interfaces).as(id).hasSize(1));
  }

  @Test
  void operationsLiveInOneInterfacePerGroup() throws Exception {
    List<Class<?>> interfaces = apiInterfaces();

    assertThat(interfaces).hasSize(23);
    assertThat(interfaces).allSatisfy(api -> assertThat(ApiClient.Api.class).isAssignableFrom(api));
    assertThat(interfaces).extracting(Class::getSimpleName).contains("SourcesApi", "JobsApi", "RootApi", "HealthApi");
  }

  /** operationId to the interfaces declaring it; the WithHttpInfo twins and QueryMap overloads are the same operation. */
  private static Map<String, List<String>> generatedOperations() throws Exception {
    Map<String, List<String>> operations = new TreeMap<>();
    for (Class<?> api : apiInterfaces()) {
      Arrays.stream(api.getDeclaredMethods())
          .filter(m -> m.isAnnotationPresent(RequestLine.class))
          .filter(m -> !m.getName().endsWith("WithHttpInfo"))
          .filter(m -> !usesQueryMap(m))
          .forEach(m -> operations.computeIfAbsent(m.getName(), k -> new java.util.ArrayList<>()).add(api.getSimpleName()));
    }
    return operations;
  }

  private static boolean usesQueryMap(Method method) {
    return Arrays.stream(method.getParameterAnnotations()).flatMap(Arrays::stream).anyMatch(a -> a instanceof QueryMap);
  }

  private static List<Class<?>> apiInterfaces() throws IOException, URISyntaxException {
    Path folder = Path.of(ApiClient.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve(API_PACKAGE.replace('.', '/'));
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(name -> name.endsWith("Api.class"))
          .map(name -> load(API_PACKAGE + "." + name.substring(0, name.length() - ".class".length())))
          .filter(Class::isInterface)
          .collect(Collectors.toList());
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> specOperationIds() {
    return new OpenAPIV3Parser().read(System.getProperty("airbyte.effectiveSpec")).getPaths().values().stream()
        .flatMap(item -> item.readOperations().stream())
        .map(Operation::getOperationId)
        .collect(Collectors.toSet());
  }
}
