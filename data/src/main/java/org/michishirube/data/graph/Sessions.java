package org.michishirube.data.graph;

import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Opens driver sessions on the database the service is configured for ({@code spring.data.neo4j.database}, as
 * Spring Data Neo4j's own queries use it), or on the server's default database when none is named. Every
 * direct driver session of the data layer goes through here, so that the loader, the snapshot and the
 * imports never write to one database while the repositories read another.
 *
 * @param driver the driver
 * @param database the database to use; empty for the server's default (the user's home database)
 */
public record Sessions(Driver driver, Optional<String> database) {

    public Sessions {
        if (driver == null || database == null) {
            throw new IllegalArgumentException("driver and database are required");
        }
        database = database.map(String::strip).filter(d -> !d.isEmpty());
    }

    /** {@return sessions on the server's default database} */
    public static Sessions of(Driver driver) {
        return new Sessions(driver, Optional.empty());
    }

    /** {@return sessions on the named database, or on the default one when the name is null or blank} */
    public static Sessions of(Driver driver, String database) {
        return new Sessions(driver, Optional.ofNullable(database));
    }

    /** {@return a new session; close it} */
    public Session open() {
        return driver.session(database.map(SessionConfig::forDatabase).orElseGet(SessionConfig::defaultConfig));
    }
}
