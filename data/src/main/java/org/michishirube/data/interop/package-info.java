/** Interchange with the outside world: CASE 1.1 packages, CTDL / CTDL-ASN JSON-LD, and occupational roles from CSV. */
package org.michishirube.data.interop;
