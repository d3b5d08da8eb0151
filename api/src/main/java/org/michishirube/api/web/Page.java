package org.michishirube.api.web;

import java.util.List;

import org.michishirube.api.problem.ApiException;

/**
 * One page of a list whose order is stable.
 *
 * @param items the items on this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total how many items there are in all
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 200;

    public Page {
        items = List.copyOf(items);
    }

    /** {@return page {@code page} of {@code all}} after checking the paging parameters */
    public static <T> Page<T> of(List<T> all, int page, int size) {
        check(page, size);
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new Page<>(all.subList(from, to), page, size, all.size());
    }

    public static void check(int page, int size) {
        if (page < 0) {
            throw ApiException.invalidParameter("page", "page must be 0 or more, was " + page + ".");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ApiException.invalidParameter("size", "size must be between 1 and " + MAX_SIZE + ", was " + size + ".");
        }
    }
}
