package org.michishirube.api.config;

import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.Set;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import org.springframework.stereotype.Component;

/**
 * Documents boxed numbers and booleans as nullable. The views use {@code Integer} or {@code Double} only where a
 * value can be missing (an exam figure a source did not give, an optional request field) and {@code int} where it
 * cannot, so the Java type says which properties may be {@code null} in the JSON. Map values and list items are
 * never null; {@link ResponseSchemas} takes the mark off them again.
 */
@Component
class NullableBoxedValues implements ModelConverter {

    private static final Set<Class<?>> BOXED = Set.of(Integer.class, Long.class, Short.class, Double.class, Float.class, Boolean.class);

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        if (schema != null && type.isSchemaProperty() && BOXED.contains(rawClass(type.getType())) && schema.getTypes() != null
                && !schema.getTypes().contains("null")) {
            schema.addType("null");
        }
        return schema;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        JavaType javaType = type instanceof JavaType j ? j : Json.mapper().constructType(type);
        return javaType.getRawClass();
    }
}
