package io.github.airbytejava.contract.provider;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.provider.junitsupport.State;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Sets up the provider states of an interaction outside JUnit's Pact extension, the way it does:
 * each state's {@link State} method of {@link ProviderStates} is called, and the values it returns
 * are laid over the state's parameters.
 */
final class StateSetup {

  private StateSetup() {}

  /** The {@link State} method for a state name, if {@link ProviderStates} has one. */
  static Optional<Method> handler(String stateName) {
    return stateMethods()
        .filter(method -> Arrays.asList(method.getAnnotation(State.class).value()).contains(stateName))
        .findFirst();
  }

  /** Every state name a {@link State} method of {@link ProviderStates} handles, sorted. */
  static Set<String> handledStates() {
    return stateMethods()
        .flatMap(method -> Arrays.stream(method.getAnnotation(State.class).value()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Stream<Method> stateMethods() {
    return Arrays.stream(ProviderStates.class.getMethods()).filter(method -> method.isAnnotationPresent(State.class));
  }

  /**
   * Sets up every state of {@code interaction}.
   *
   * @return the values for the request's provider-state expressions
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> setUp(ProviderStates states, Interaction interaction) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (ProviderState state : interaction.getProviderStates()) {
      values.putAll(state.getParams());
      Method method = handler(state.getName())
          .orElseThrow(() -> new IllegalStateException("No @State method for '" + state.getName() + "'"));
      try {
        Object returned = method.invoke(states);
        if (returned instanceof Map<?, ?> map) {
          values.putAll((Map<String, Object>) map);
        }
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      } catch (InvocationTargetException e) {
        throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
      }
    }
    return values;
  }
}
