package org.michishirube.data.interop;

import org.michishirube.data.neo4j.Database;
import org.michishirube.data.neo4j.DatabaseAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Wires the stores behind interchange: role imports and what published imports keep of their packages. */
@AutoConfiguration(after = DatabaseAutoConfiguration.class)
public class InteropAutoConfiguration {

    @Bean
    FrameworkImports frameworkImports(Database database) {
        return new FrameworkImports(database);
    }

    @Bean
    RoleImports roleImports(Database database) {
        return new RoleImports(database);
    }
}
