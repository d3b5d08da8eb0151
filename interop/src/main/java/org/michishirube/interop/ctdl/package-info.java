/** CTDL-ASN JSON-LD as the Credential Registry publishes it: competency frameworks read, credentials and frameworks written. */
package org.michishirube.interop.ctdl;
