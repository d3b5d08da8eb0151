/** The provenance report: how far the reference data is confirmed, and what a steward should check first. */
package org.michishirube.api.provenance;
