package org.michishirube.dataset;

import java.util.List;
import java.util.stream.Collectors;

/** The dataset cannot be loaded; every fault found is listed, each naming its file and item. */
public final class InvalidDatasetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<DatasetProblem> problems;

    public InvalidDatasetException(List<DatasetProblem> problems) {
        super("The reference dataset is invalid (" + problems.size() + " problem(s)):\n  "
                + problems.stream().map(DatasetProblem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    /** {@return every fault found} */
    public List<DatasetProblem> problems() {
        return problems;
    }
}
