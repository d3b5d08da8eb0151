/** The curated reference dataset: reading and checking its files, and loading it into Neo4j in one transaction. */
package org.michishirube.data.dataset;
