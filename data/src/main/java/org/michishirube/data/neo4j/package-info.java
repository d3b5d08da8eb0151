/** The one adapter between the data layer and the Neo4j driver: units of work in transactions, on a bounded scheduler. */
package org.michishirube.data.neo4j;
