/** Learning paths and role fit over the in-memory snapshot, and learners' saved profiles and plans. */
package org.michishirube.api.planning;
