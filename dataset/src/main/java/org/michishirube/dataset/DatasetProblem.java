package org.michishirube.dataset;

/**
 * One fault in the dataset files.
 *
 * @param file the file, relative to the dataset folder
 * @param item the id or JSON path of the item at fault
 * @param fault what is wrong
 */
public record DatasetProblem(String file, String item, String fault) {

    @Override
    public String toString() {
        return file + " › " + item + ": " + fault;
    }
}
