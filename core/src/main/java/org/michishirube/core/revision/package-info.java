/** Drafts of a new framework version, edited with typed, validated operations that record their lineage. */
package org.michishirube.core.revision;
