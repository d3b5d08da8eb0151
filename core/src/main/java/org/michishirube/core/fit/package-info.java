/** Ranks the roles a learner fits, with the targets missing and the study hours to close the gap. */
package org.michishirube.core.fit;
