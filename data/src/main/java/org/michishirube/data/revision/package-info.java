/** Framework revisions in the graph: drafts with their audit log and comments, and publishing a draft as the new current version. */
package org.michishirube.data.revision;
