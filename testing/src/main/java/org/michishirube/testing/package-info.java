/**
 * Helpers shared by the modules' tests: the one in-process Neo4j per test JVM, the third-party fixtures, the CASE 1.1
 * schema, and a writable copy of the shipped dataset. A library for test scope only; it never ships in the application.
 */
package org.michishirube.testing;
