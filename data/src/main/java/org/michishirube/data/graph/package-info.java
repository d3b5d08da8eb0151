/** The graph's node properties, reading the whole published graph into a snapshot, and the revision counter. */
package org.michishirube.data.graph;
