/** Read-only browsing of the reference graph: credentials, frameworks and their targets, roles, exam statistics. */
package org.michishirube.api.browse;
