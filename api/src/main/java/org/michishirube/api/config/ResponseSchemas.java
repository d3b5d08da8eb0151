package org.michishirube.api.config;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.utils.SpringDocAnnotationsUtils;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gives every success response a schema. springdoc drops the schema it derives from the handler's return type
 * as soon as an {@code @ApiResponse} names content (to show an example), which left the answers undocumented;
 * this puts it back: the return type, unwrapped from {@code Mono} and {@code ResponseEntity},
 * for JSON media types, and a string for text and binary ones; a 204 has no content. Documents built as JSON trees (CASE, CTDL) are
 * described as objects shaped by their standard, with the operation's example, not as Jackson's node class.
 */
@Component
class ResponseSchemas implements GlobalOperationCustomizer, GlobalOpenApiCustomizer {

    static {
        SpringDocUtils.getConfig().replaceWithSchema(JsonNode.class, standardDocument())
                .replaceWithSchema(ObjectNode.class, standardDocument());
    }

    // Properties that are null in some answers but whose Java type cannot say so (strings and records).
    private static final Map<String, Set<String>> NULLABLE = Map.of(
            "SearchHit", Set.of("version"),
            "DraftItem", Set.of("parent"),
            "MoverView", Set.of("before", "after"));

    // Schemas the return types refer to, added to the document's components once every operation is seen.
    private final Map<String, Schema<?>> referenced = new TreeMap<>();

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (operation.getResponses() == null) {
            return operation;
        }
        Optional<Type> body = body(handler.getReturnType().getGenericParameterType());
        operation.getResponses().forEach((code, response) -> {
            if (code.equals("204")) {
                response.setContent(null);
            } else if (code.startsWith("2")) {
                fill(response, body);
            }
        });
        return operation;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        synchronized (referenced) {
            referenced.forEach((name, schema) -> {
                if (openApi.getComponents().getSchemas() == null || !openApi.getComponents().getSchemas().containsKey(name)) {
                    openApi.getComponents().addSchemas(name, schema);
                }
            });
        }
        var schemas = openApi.getComponents().getSchemas();
        if (schemas != null) {
            schemas.values().forEach(ResponseSchemas::noNullInsideContainers);
        }
        NULLABLE.forEach((name, properties) -> {
            Schema<?> schema = schemas == null ? null : schemas.get(name);
            if (schema == null || schema.getProperties() == null) {
                return;
            }
            properties.forEach(property -> {
                Schema<?> value = schema.getProperties().get(property);
                if (value == null) {
                    return;
                }
                if (value.get$ref() != null) {
                    schema.getProperties().put(property, new Schema<>().oneOf(List.of(value, new Schema<>().typesItem("null"))));
                } else if (value.getTypes() != null) {
                    value.addType("null");
                }
            });
        });
    }

    private void fill(ApiResponse response, Optional<Type> body) {
        if (response.getContent() == null) {
            return;
        }
        response.getContent().forEach((mediaType, content) -> {
            if (content.getSchema() != null) {
                return;
            }
            if (mediaType.contains("json")) {
                content.setSchema(body.<Schema<?>>map(this::schemaOf).orElseGet(ResponseSchemas::standardDocument));
            } else if (mediaType.startsWith("text/")) {
                content.setSchema(new StringSchema());
            } else if (!mediaType.equals("*/*")) {
                content.setSchema(new StringSchema().format("binary"));
            }
        });
    }

    private Schema<?> schemaOf(Type type) {
        synchronized (referenced) {
            Components components = new Components();
            Schema<?> schema = SpringDocAnnotationsUtils.extractSchema(components, type, null, null, SpecVersion.V31);
            if (components.getSchemas() != null) {
                components.getSchemas().forEach(referenced::put);
            }
            return schema;
        }
    }

    // A boxed map value or list item is never null here (validation refuses it), whatever its Java type says.
    private static void noNullInsideContainers(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().values().forEach(property -> {
            if (property.getAdditionalProperties() instanceof Schema<?> values && values.getTypes() != null) {
                values.getTypes().remove("null");
            }
            if (property.getItems() != null && property.getItems().getTypes() != null) {
                property.getItems().getTypes().remove("null");
            }
        });
    }

    private static Schema<?> standardDocument() {
        return new ObjectSchema().description("A JSON document shaped by the standard the operation names (see its example).");
    }

    /** {@return the type of the body a handler answers, if it names one} */
    static Optional<Type> body(Type type) {
        if (type instanceof ParameterizedType p) {
            Type raw = p.getRawType();
            Type argument = p.getActualTypeArguments()[0];
            if (raw == Mono.class || raw == ResponseEntity.class) {
                return body(argument);
            }
            return Optional.of(type);
        }
        if (type instanceof WildcardType || type == Void.class || type == void.class || type == Object.class) {
            return Optional.empty();
        }
        return Optional.of(type);
    }
}
