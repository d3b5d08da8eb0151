package org.michishirube.core.proposal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkVersionId;

/**
 * The ranked proposals for one framework version.
 *
 * @param framework the framework
 * @param version its current version, which the proposals are about
 * @param proposals the proposals in {@link Proposal#ORDER}
 */
public record Proposals(FrameworkId framework, FrameworkVersionId version, List<Proposal> proposals) {

    public Proposals {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(version, "version");
        proposals = proposals.stream().sorted(Proposal.ORDER).toList();
    }

    /** {@return the proposals of one kind, best first} */
    public List<Proposal> of(ProposalKind kind) {
        return proposals.stream().filter(p -> p.kind() == kind).toList();
    }

    /** {@return the number of proposals per kind, every kind listed} */
    public Map<ProposalKind, Integer> counts() {
        Map<ProposalKind, Integer> counts = new EnumMap<>(ProposalKind.class);
        for (ProposalKind k : ProposalKind.values()) {
            counts.put(k, 0);
        }
        proposals.forEach(p -> counts.merge(p.kind(), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }
}
