/**
 * The programs of the library guide (docs/library.md): each is a {@code main} that uses the published modules the way
 * an application embedding Michishirube would, and CI runs them all, so the guide cannot drift from the code.
 */
package org.michishirube.examples;
