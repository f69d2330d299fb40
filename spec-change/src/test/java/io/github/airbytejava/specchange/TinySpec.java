package io.github.airbytejava.specchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A small effective spec (two operations on one resource) for testing one kind of change at a time:
 * {@code base()} is the old spec, {@code base().with(...)} a new one.
 */
final class TinySpec {

  private static final ObjectMapper YAML = new YAMLMapper();
  private static final String BASE = """
      openapi: 3.0.3
      info: {title: tiny, version: '1'}
      servers:
        - url: https://api.example.com/v1
        - url: http://localhost:8000/api/public/v1
      paths:
        /things:
          post:
            operationId: createThing
            tags: [Things]
            requestBody:
              required: true
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/ThingRequest'}
            responses:
              '200':
                description: created
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Thing'}
        /things/{thingId}:
          get:
            operationId: getThing
            tags: [Things]
            parameters:
              - {name: thingId, in: path, required: true, schema: {type: integer, format: int64}}
            responses:
              '200':
                description: found
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Thing'}
              '404': {description: not found}
      components:
        schemas:
          Thing:
            type: object
            required: [thingId, status]
            properties:
              thingId: {type: integer, format: int64}
              status: {$ref: '#/components/schemas/Status'}
              size: {type: integer}
          ThingRequest:
            type: object
            required: [name]
            properties:
              name: {type: string}
              status: {$ref: '#/components/schemas/Status'}
          Status:
            type: string
            enum: [active, paused]
      """;

  private final ObjectNode tree;

  private TinySpec(ObjectNode tree) {
    this.tree = tree;
  }

  static TinySpec base() {
    try {
      return new TinySpec((ObjectNode) YAML.readTree(BASE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy with one change made to the tree. */
  TinySpec with(Consumer<ObjectNode> change) {
    ObjectNode copy = tree.deepCopy();
    change.accept(copy);
    return new TinySpec(copy);
  }

  /** Writes the spec and reads it back as the report does. */
  EffectiveSpec writeTo(Path file) {
    try {
      TestFiles.write(file, YAML.writeValueAsString(tree));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return EffectiveSpec.read(file);
  }

  static ObjectNode schema(ObjectNode spec, String name) {
    return (ObjectNode) spec.path("components").path("schemas").path(name);
  }

  static ObjectNode properties(ObjectNode spec, String schema) {
    return (ObjectNode) schema(spec, schema).path("properties");
  }

  static ArrayNode required(ObjectNode spec, String schema) {
    return (ArrayNode) schema(spec, schema).path("required");
  }

  static ObjectNode operation(ObjectNode spec, String path, String method) {
    return (ObjectNode) spec.path("paths").path(path).path(method);
  }
}
