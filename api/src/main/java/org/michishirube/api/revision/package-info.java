/** Framework revisions over HTTP: diffs, drafts edited with typed operations, review and publication, impact, proposals. */
package org.michishirube.api.revision;
