/** Learning resources besides schools' courses: public reads, stewards' audited writes. */
package org.michishirube.api.resource;
