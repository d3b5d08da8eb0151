/** The schema: the Cypher migrations under {@code classpath:neo4j/migrations}, applied at start-up before anything reads the graph. */
package org.michishirube.data.migration;
