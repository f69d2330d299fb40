package io.github.airbytejava.client.internal;

import feign.Contract;
import feign.MethodMetadata;
import feign.Param;
import io.github.airbytejava.client.AirbyteConfigurationException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Feign's default contract, with every path parameter written as exactly one path segment, so that
 * no argument can change which operation is called.
 *
 * <p>Why: Feign leaves {@code /} unencoded in path parameters (its {@code decodeSlash} default) and
 * keeps anything that already looks percent-encoded, so {@code name = "a/b"} or {@code "a%2Fb"}
 * would call a longer path, and {@code "%41"} another id. Here every character outside RFC 3986's
 * unreserved set is percent-encoded (including {@code %} itself), slashes are not decoded again,
 * and the values {@code ""}, {@code "."} and {@code ".."}, which no encoding keeps in one segment,
 * are rejected. Most Airbyte ids are UUIDs; this matters for the string ones (application ids,
 * OAuth credential names).
 */
public final class PathSegmentContract implements Contract {

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

  private final Contract delegate = new Contract.Default();

  @Override
  public List<MethodMetadata> parseAndValidateMetadata(Class<?> targetType) {
    List<MethodMetadata> methods = delegate.parseAndValidateMetadata(targetType);
    for (MethodMetadata method : methods) {
      onePathSegmentPerParameter(method);
    }
    return methods;
  }

  private static void onePathSegmentPerParameter(MethodMetadata method) {
    Set<String> pathVariables = pathVariables(method.template().path());
    if (pathVariables.isEmpty()) {
      return;
    }
    method.template().decodeSlash(false);
    Map<Integer, Param.Expander> expanders = new HashMap<>();
    method.indexToExpanderClass().forEach((index, type) -> expanders.put(index, instantiate(type)));
    for (Map.Entry<Integer, Collection<String>> parameter : method.indexToName().entrySet()) {
      parameter.getValue().stream()
          .filter(pathVariables::contains)
          .findFirst()
          .ifPresent(name -> expanders.put(parameter.getKey(), value -> segment(name, value)));
    }
    method.indexToExpander(expanders);
  }

  private static Set<String> pathVariables(String pathTemplate) {
    int query = pathTemplate.indexOf('?');
    Matcher matcher = VARIABLE.matcher(query < 0 ? pathTemplate : pathTemplate.substring(0, query));
    Set<String> names = new HashSet<>();
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  /** The value as one path segment: unreserved characters kept, every other byte encoded. */
  static String segment(String name, Object value) {
    String text = String.valueOf(value);
    if (text.isEmpty() || text.equals(".") || text.equals("..")) {
      throw new AirbyteConfigurationException(
          "The path parameter '"
              + name
              + "' was '"
              + text
              + "', which no URL can carry as one path segment: pass the real id or name.");
    }
    StringBuilder encoded = new StringBuilder(text.length());
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (isUnreserved(c)) {
        encoded.append(c);
      } else {
        encoded.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)));
        encoded.append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
    }
    return encoded.toString();
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  private static Param.Expander instantiate(Class<? extends Param.Expander> type) {
    try {
      return type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot create the expander " + type.getName(), e);
    }
  }
}
