/** Learning resources stewards register, change and remove, each write audit logged. */
package org.michishirube.data.resource;
