package org.michishirube.interop;

/**
 * One reason an import is refused.
 *
 * @param where the place in the input: a JSON pointer, an object identifier or a CSV row
 * @param fault what is wrong there
 */
public record ImportFault(String where, String fault) {
}
