/** CASE 1.1 provider and exchange endpoints, CTDL exports, and stewards' imports of frameworks and roles. */
package org.michishirube.api.interop;
