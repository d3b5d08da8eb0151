package org.michishirube.core.planning;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * An immutable why chain that shares every link but its last with the chain it extends. The chains of one
 * plan form its breadth-first tree, so extending a chain by one link costs one object instead of a copy of
 * the whole chain: a plan on an ESCO-scale graph has over ten thousand steps. Equal to any list with the
 * same links, like every {@link List}.
 */
final class WhyChain extends AbstractList<WhyLink> {

    private final WhyChain parent;
    private final WhyLink last;
    private final int size;

    private WhyChain(WhyChain parent, WhyLink last) {
        this.parent = parent;
        this.last = Objects.requireNonNull(last, "link");
        this.size = parent == null ? 1 : parent.size + 1;
    }

    /** {@return the chain of the given links, in order; not empty} */
    static WhyChain of(List<WhyLink> links) {
        if (links.isEmpty()) {
            throw new IllegalArgumentException("a why chain has at least one link");
        }
        WhyChain chain = null;
        for (WhyLink link : links) {
            chain = new WhyChain(chain, link);
        }
        return chain;
    }

    /** {@return this chain followed by one more link} */
    WhyChain then(WhyLink link) {
        return new WhyChain(this, link);
    }

    @Override
    public WhyLink get(int index) {
        Objects.checkIndex(index, size);
        WhyChain chain = this;
        for (int k = size - 1; k > index; k--) {
            chain = chain.parent;
        }
        return chain.last;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public WhyLink[] toArray() {
        WhyLink[] links = new WhyLink[size];
        WhyChain chain = this;
        for (int k = size - 1; k >= 0; k--) {
            links[k] = chain.last;
            chain = chain.parent;
        }
        return links;
    }

    @Override
    public Iterator<WhyLink> iterator() {
        return Arrays.asList(toArray()).iterator(); // a fixed-size list: its iterator cannot remove
    }
}
