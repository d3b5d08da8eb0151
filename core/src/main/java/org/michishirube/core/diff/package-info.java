/** Typed differences between two versions of a framework: changes, the old → new crosswalk, counts and a bilingual changelog. */
package org.michishirube.core.diff;
