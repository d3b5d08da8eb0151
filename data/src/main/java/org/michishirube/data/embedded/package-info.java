/** Starts an embedded Neo4j when no {@code spring.neo4j.uri} is configured, so the service runs with one command. */
package org.michishirube.data.embedded;
