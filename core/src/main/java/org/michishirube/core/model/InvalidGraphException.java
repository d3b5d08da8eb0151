package org.michishirube.core.model;

import java.util.List;

/** Thrown when graph data breaks an invariant; carries every fault found, not just the first. */
public final class InvalidGraphException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<GraphProblem> problems;

    public InvalidGraphException(List<GraphProblem> problems) {
        super(problems.size() + " problem(s): " + problems);
        this.problems = List.copyOf(problems);
    }

    /** {@return every fault found} */
    public List<GraphProblem> problems() {
        return problems;
    }
}
