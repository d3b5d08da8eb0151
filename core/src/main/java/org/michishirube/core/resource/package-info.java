/** Where to learn: learning resources stewards register, and the index of courses and resources per target that plans look up. */
package org.michishirube.core.resource;
