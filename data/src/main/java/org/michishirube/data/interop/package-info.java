/** The stores behind interchange: imported frameworks become drafts, imported roles become roles. The codecs are in the interop module. */
package org.michishirube.data.interop;
