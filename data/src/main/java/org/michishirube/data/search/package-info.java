/** Full-text search over Japanese and English names and descriptions, through Neo4j's cjk full-text index. */
package org.michishirube.data.search;
