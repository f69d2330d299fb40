package io.github.airbytejava.specchange;

import io.swagger.v3.oas.models.media.Schema;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.schema.ChangedEnum;
import org.openapitools.openapidiff.core.model.schema.ChangedNullable;
import org.openapitools.openapidiff.core.model.schema.ChangedOneOfSchema;
import org.openapitools.openapidiff.core.model.schema.ChangedRequired;

/**
 * Walks one openapi-diff schema comparison (a request body, a parameter, a response body) and turns what
 * changed into {@link Change}s, field by field.
 *
 * <p>The same change means opposite things on the two sides of the wire: a new enum value is harmless
 * in what a client sends and breaking in what it receives; a field that stops being required is harmless
 * in a request and breaking in a response. So the walk knows which side it is on.
 */
final class SchemaChangeCollector {

  /** Which side of the wire the schema describes. */
  enum Side {
    REQUEST,
    RESPONSE
  }

  // Deep enough for the Airbyte spec's nesting; a guard against a comparison that loops.
  private static final int MAX_DEPTH = 40;

  private final Side side;
  private final Consumer<Change> sink;
  private final Set<ChangedSchema> onPath = Collections.newSetFromMap(new IdentityHashMap<>());

  SchemaChangeCollector(Side side, Consumer<Change> sink) {
    this.side = side;
    this.sink = sink;
  }

  /**
   * Reports every change in {@code schema}.
   *
   * @param where the location of the schema, e.g. {@code response 200}; fields are appended as {@code
   *     : data[].status}
   */
  void walk(ChangedSchema schema, String where) {
    walk(schema, where, "");
  }

  private void walk(ChangedSchema schema, String where, String field) {
    if (schema == null || onPath.size() > MAX_DEPTH || !onPath.add(schema)) {
      return; // a recursive schema (a comparison that refers back to itself) was already walked above
    }
    try {
      String at = field.isEmpty() ? where : where + ": " + field;
      if (schema.isChangedType()) {
        add(ChangeKind.TYPE_CHANGED, at, typeOf(schema.getOldSchema()) + " -> " + typeOf(schema.getNewSchema()));
        return; // below a changed type, field-by-field differences say nothing more
      }
      if (schema.isChangeFormat()) {
        add(ChangeKind.FORMAT_CHANGED, at, formatOf(schema.getOldSchema()) + " -> " + formatOf(schema.getNewSchema()));
      }
      if (schema.isDiscriminatorPropertyChanged()) {
        add(ChangeKind.DISCRIMINATOR_CHANGED, at, "");
      }
      enumValues(schema.getEnumeration(), at);
      nullable(schema.getNullable(), at);
      constraints(schema, at);
      properties(schema, where, field);
      walk(schema.getItems(), where, field + "[]");
      walk(schema.getAddProp(), where, field + "{*}");
      variants(schema.getOneOfSchema(), where, field);
    } finally {
      onPath.remove(schema);
    }
  }

  private void properties(ChangedSchema schema, String where, String field) {
    List<String> newRequired = required(schema.getNewSchema());
    String prefix = field.isEmpty() ? "" : field + ".";
    schema.getIncreasedProperties().keySet()
        .forEach(name -> add(addedField(newRequired.contains(name)), where + ": " + prefix + name, ""));
    schema.getMissingProperties().keySet().forEach(name -> add(
        side == Side.RESPONSE ? ChangeKind.RESPONSE_FIELD_REMOVED : ChangeKind.REQUEST_FIELD_REMOVED,
        where + ": " + prefix + name, ""));
    requiredness(schema, where, prefix);
    schema.getChangedProperties().forEach((name, changed) -> walk(changed, where, prefix + name));
  }

  private ChangeKind addedField(boolean required) {
    if (side == Side.RESPONSE) {
      return ChangeKind.RESPONSE_FIELD_ADDED;
    }
    return required ? ChangeKind.REQUEST_FIELD_ADDED_REQUIRED : ChangeKind.REQUEST_FIELD_ADDED_OPTIONAL;
  }

  /** Fields kept in both specs whose requiredness changed; added and removed fields are reported above. */
  private void requiredness(ChangedSchema schema, String where, String prefix) {
    ChangedRequired required = schema.getRequired();
    if (required == null) {
      return;
    }
    Stream<String> nowRequired =
        names(required.getIncreased()).filter(n -> !schema.getIncreasedProperties().containsKey(n));
    Stream<String> nowOptional =
        names(required.getMissing()).filter(n -> !schema.getMissingProperties().containsKey(n));
    nowRequired.forEach(name -> add(
        side == Side.REQUEST ? ChangeKind.REQUEST_FIELD_NOW_REQUIRED : ChangeKind.RESPONSE_FIELD_NOW_REQUIRED,
        where + ": " + prefix + name, ""));
    nowOptional.forEach(name -> add(
        side == Side.REQUEST ? ChangeKind.REQUEST_FIELD_NOW_OPTIONAL : ChangeKind.RESPONSE_FIELD_NO_LONGER_REQUIRED,
        where + ": " + prefix + name, ""));
  }

  private void enumValues(ChangedEnum<?> values, String at) {
    if (values == null) {
      return;
    }
    if (!values.getIncreased().isEmpty()) {
      add(side == Side.REQUEST ? ChangeKind.REQUEST_ENUM_VALUE_ADDED : ChangeKind.RESPONSE_ENUM_VALUE_ADDED,
          at, "+ " + join(values.getIncreased()));
    }
    if (!values.getMissing().isEmpty()) {
      add(side == Side.REQUEST ? ChangeKind.REQUEST_ENUM_VALUE_REMOVED : ChangeKind.RESPONSE_ENUM_VALUE_REMOVED,
          at, "- " + join(values.getMissing()));
    }
  }

  private void nullable(ChangedNullable nullable, String at) {
    if (nullable == null || nullable.isUnchanged()) {
      return;
    }
    boolean nowNullable = Boolean.TRUE.equals(nullable.getRight());
    ChangeKind kind = side == Side.REQUEST
        ? nowNullable ? ChangeKind.REQUEST_NOW_NULLABLE : ChangeKind.REQUEST_NO_LONGER_NULLABLE
        : nowNullable ? ChangeKind.RESPONSE_NOW_NULLABLE : ChangeKind.RESPONSE_NO_LONGER_NULLABLE;
    add(kind, at, "");
  }

  /** Length, range, pattern and item-count changes: openapi-diff already knows which way each cuts. */
  private void constraints(ChangedSchema schema, String at) {
    Stream.of(schema.getMaxLength(), schema.getMinLength(), schema.getNumericRange(), schema.getMultipleOf(),
            schema.getPattern(), schema.getMaxItems(), schema.getMinItems(), schema.getUniqueItems(),
            schema.getMaxProperties(), schema.getMinProperties())
        .filter(Objects::nonNull)
        .filter(Changed::isDifferent)
        .forEach(c -> add(c.isIncompatible() ? ChangeKind.CONSTRAINT_TIGHTENED : ChangeKind.CONSTRAINT_RELAXED,
            at, c.getClass().getSimpleName().replaceFirst("^Changed", "")));
  }

  private void variants(ChangedOneOfSchema oneOf, String where, String field) {
    if (oneOf == null) {
      return;
    }
    String at = field.isEmpty() ? where : where + ": " + field;
    if (!oneOf.getIncreased().isEmpty()) {
      add(side == Side.REQUEST ? ChangeKind.REQUEST_VARIANT_ADDED : ChangeKind.RESPONSE_VARIANT_ADDED,
          at, "+ " + join(shortNames(oneOf.getIncreased())));
    }
    if (!oneOf.getMissing().isEmpty()) {
      add(side == Side.REQUEST ? ChangeKind.REQUEST_VARIANT_REMOVED : ChangeKind.RESPONSE_VARIANT_REMOVED,
          at, "- " + join(shortNames(oneOf.getMissing())));
    }
    oneOf.getChanged().forEach((name, changed) -> walk(changed, where, field + "<" + shortName(name) + ">"));
  }

  private void add(ChangeKind kind, String where, String detail) {
    sink.accept(new Change(kind, where, detail));
  }

  private static List<String> required(Schema<?> schema) {
    return schema == null || schema.getRequired() == null ? List.of() : schema.getRequired();
  }

  private static Stream<String> names(List<String> names) {
    return names == null ? Stream.empty() : names.stream();
  }

  private static Collection<String> shortNames(Map<String, ?> variants) {
    return variants.keySet().stream().map(SchemaChangeCollector::shortName).toList();
  }

  private static String shortName(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  private static String join(Collection<?> values) {
    return values.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
  }

  private static String typeOf(Schema<?> schema) {
    if (schema == null) {
      return "none";
    }
    if (schema.getType() != null) {
      return schema.getType();
    }
    return schema.getTypes() != null ? schema.getTypes().toString() : "untyped";
  }

  private static String formatOf(Schema<?> schema) {
    return schema == null || schema.getFormat() == null ? "none" : schema.getFormat();
  }
}
