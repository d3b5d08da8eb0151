package org.michishirube.core.proposal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The result of proposing: the proposals, or why the framework could not be read. */
public sealed interface ProposalOutcome {

    /**
     * The proposals.
     *
     * @param proposals the ranked proposals
     */
    record Proposed(Proposals proposals) implements ProposalOutcome {
        public Proposed {
            Objects.requireNonNull(proposals, "proposals");
        }
    }

    /**
     * The framework cannot be proposed on.
     *
     * @param reason a stable code
     * @param explanation a sentence in English
     * @param witness the id at fault
     */
    record Rejected(Reason reason, String explanation, List<String> witness) implements ProposalOutcome {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(explanation, "explanation");
            witness = List.copyOf(witness);
        }
    }

    /** Why no proposals could be made. */
    enum Reason {
        /** The graph does not know the framework. */
        UNKNOWN_FRAMEWORK,
        /** The framework has no published version in the graph. */
        NO_PUBLISHED_VERSION;

        /** {@return the code as the API writes it} */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
