/**
 * Codecs between bytes and core values: CASE 1.1 packages, CTDL / CTDL-ASN JSON-LD, and occupational roles from CSV.
 * Pure functions with no Spring and no Neo4j; the stores that write what they produce live in the data module.
 */
package org.michishirube.interop;
