package org.michishirube.api.web;

/**
 * A response body with the version its ETag carries.
 *
 * @param body what the response holds
 * @param version the version of the resource it shows
 */
public record Versioned<T>(T body, long version) {
}
