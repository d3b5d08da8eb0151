package org.michishirube.testing;

import java.util.List;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

/**
 * The official CASE 1.1 CFPackage schema from the fixtures, with format assertions on (uuid, date-time, date); the tests
 * that use it are skipped where the fixtures are absent.
 */
public final class CaseSchema {

    private static Schema schema;

    private CaseSchema() {
    }

    /** {@return every schema error in the package, as text} */
    public static synchronized List<String> errors(JsonNode cfPackage) {
        if (schema == null) {
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09,
                    b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
            schema = registry.getSchema(Fixtures.read("case/case-v1p1-cfpackage.schema.json"));
        }
        return schema.validate(cfPackage).stream().map(Object::toString).toList();
    }
}
