/** The competency graph as immutable values: credentials, frameworks, targets, roles and the snapshot that indexes them. */
package org.michishirube.core.model;
