/** Measures how a curriculum's courses cover the targets of a framework version, and compares versions and curricula. */
package org.michishirube.core.coverage;
