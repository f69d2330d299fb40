package io.github.airbytejava.client.reliability;

import io.github.airbytejava.generated.invoker.ApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The classes of the generated client, listed from its jar (or class directory). */
final class GeneratedTypes {

  private GeneratedTypes() {}

  /** Every generated API interface. */
  static List<Class<?>> apiInterfaces() {
    return classesIn("io.github.airbytejava.generated.api").stream()
        .filter(type -> type.isInterface() && ApiClient.Api.class.isAssignableFrom(type))
        .toList();
  }

  /** Every top-level generated model class (enums and interfaces included). */
  static List<Class<?>> models() {
    return classesIn("io.github.airbytejava.generated.model");
  }

  private static List<Class<?>> classesIn(String packageName) {
    try {
      Path location =
          Path.of(ApiClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      String folder = packageName.replace('.', '/');
      if (Files.isDirectory(location)) {
        return list(location.resolve(folder), packageName);
      }
      try (FileSystem jar = FileSystems.newFileSystem(location)) {
        return list(jar.getPath(folder), packageName);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Class<?>> list(Path folder, String packageName) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".class") && !name.contains("$"))
          .sorted()
          .map(name -> load(packageName + "." + name.substring(0, name.length() - 6)))
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
}
