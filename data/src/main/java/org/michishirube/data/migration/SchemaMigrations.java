package org.michishirube.data.migration;

import java.util.Optional;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the Cypher migrations under {@code classpath:neo4j/migrations}, one transaction per statement; the schema lives
 * only there. neo4j-migrations opens its own sessions, so this is the one place besides the adapter that holds the driver.
 */
public final class SchemaMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);

    private final Driver driver;
    private final Optional<String> database;

    /**
     * @param driver the driver
     * @param database the database to migrate; empty for the server's default
     */
    public SchemaMigrations(Driver driver, Optional<String> database) {
        this.driver = driver;
        this.database = database;
    }

    /** Applies the migrations the database lacks; those applied before are skipped. */
    public void apply() {
        var builder = MigrationsConfig.builder();
        database.ifPresent(builder::withDatabase);
        var config = builder
                .withLocationsToScan("classpath:neo4j/migrations")
                .withTransactionMode(MigrationsConfig.TransactionMode.PER_STATEMENT)
                .withAutocrlf(true)
                .build();
        new Migrations(config, driver).apply()
                .ifPresent(v -> LOG.info("Graph schema is at version {}", v.getValue()));
    }
}
