/** Neo4j persistence for Michishirube: the embedded database, schema migrations, the reference dataset and the stores. */
package org.michishirube.data;
