package io.github.airbytejava.client.internal;

import feign.Param;
import io.github.airbytejava.client.AirbyteConfigurationException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rejects a {@code null} argument where the generated method marks the parameter {@code @Nonnull}.
 * Without this check Feign expands a null path parameter to nothing: {@code getSource(null, false)}
 * would quietly call {@code GET /sources}, the list operation.
 */
final class RequiredArguments {

  private final Map<Method, List<Integer>> requiredByMethod = new ConcurrentHashMap<>();

  void check(Method method, Object[] args) {
    if (args == null) {
      return;
    }
    for (int index : requiredByMethod.computeIfAbsent(method, RequiredArguments::requiredIndexes)) {
      if (args[index] == null) {
        throw new AirbyteConfigurationException(
            method.getDeclaringClass().getSimpleName()
                + "#"
                + method.getName()
                + " requires "
                + parameterName(method, index)
                + ", but it was null: pass a value.");
      }
    }
  }

  private static List<Integer> requiredIndexes(Method method) {
    List<Integer> indexes = new ArrayList<>();
    Annotation[][] annotations = method.getParameterAnnotations();
    for (int i = 0; i < annotations.length; i++) {
      for (Annotation annotation : annotations[i]) {
        if (annotation.annotationType().getName().equals("jakarta.annotation.Nonnull")) {
          indexes.add(i);
        }
      }
    }
    return List.copyOf(indexes);
  }

  private static String parameterName(Method method, int index) {
    for (Annotation annotation : method.getParameterAnnotations()[index]) {
      if (annotation instanceof Param) {
        return "'" + ((Param) annotation).value() + "'";
      }
    }
    return "its " + method.getParameterTypes()[index].getSimpleName() + " argument";
  }
}
