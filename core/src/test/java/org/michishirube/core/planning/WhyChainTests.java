package org.michishirube.core.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class WhyChainTests {

    private static final WhyLink GOAL = new WhyLink(WhyLink.Relation.GOAL_ROLE, "pacs-admin");
    private static final WhyLink NEEDS = new WhyLink(WhyLink.Relation.NEEDS, "hit.it.db");
    private static final WhyLink PRE = new WhyLink(WhyLink.Relation.PREREQUISITE, "hit.it.net");

    @Test
    void aChainIsTheListOfItsLinks() {
        WhyChain root = WhyChain.of(List.of(GOAL));
        WhyChain chain = root.then(NEEDS).then(PRE);
        assertThat(chain).containsExactly(GOAL, NEEDS, PRE);
        assertThat(chain).isEqualTo(List.of(GOAL, NEEDS, PRE)).hasSameHashCodeAs(List.of(GOAL, NEEDS, PRE));
        assertThat(List.of(GOAL, NEEDS, PRE)).isEqualTo(chain);
        assertThat(chain.toString()).isEqualTo(List.of(GOAL, NEEDS, PRE).toString());
        assertThat(chain.get(0)).isEqualTo(GOAL);
        assertThat(chain.get(2)).isEqualTo(PRE);
        assertThat(root).containsExactly(GOAL); // extending a chain leaves it as it was
    }

    @Test
    void aChainCannotBeChangedOrEmpty() {
        WhyChain chain = WhyChain.of(List.of(GOAL, NEEDS));
        assertThatThrownBy(() -> chain.add(PRE)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> chain.iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> chain.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> WhyChain.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Step(org.michishirube.core.model.TargetId.of("hit.it.db"), 0, 1, 3, chain).why()).isSameAs(chain);
    }
}
