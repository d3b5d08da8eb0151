package org.michishirube.core.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

/**
 * Algorithms over a directed graph given as "node → nodes it depends on": a deterministic topological order and a
 * cycle witness. The graph uses them to refuse cycles, and importers use them to name the cycle in a file.
 */
public final class Dag {

    private Dag() {
    }

    /**
     * Orders nodes so that every node comes after the nodes it depends on; among nodes that are
     * ready at the same time the smallest by {@code tieBreak} comes first, so the order is deterministic.
     * Dependencies outside {@code nodes} are ignored.
     *
     * @return the order, or empty when the dependencies among {@code nodes} have a cycle
     */
    public static <N> Optional<List<N>> topologicalOrder(
            Collection<N> nodes, Function<N, ? extends Collection<N>> dependencies, Comparator<? super N> tieBreak) {
        Set<N> members = new HashSet<>(nodes);
        Map<N, Integer> pending = new HashMap<>();
        Map<N, List<N>> dependents = new HashMap<>();
        for (N node : members) {
            int count = 0;
            for (N dependency : new LinkedHashSet<>(dependencies.apply(node))) {
                if (members.contains(dependency) && !dependency.equals(node)) {
                    count++;
                    dependents.computeIfAbsent(dependency, k -> new ArrayList<>()).add(node);
                } else if (dependency.equals(node)) {
                    return Optional.empty();
                }
            }
            pending.put(node, count);
        }
        PriorityQueue<N> ready = new PriorityQueue<>(tieBreak);
        pending.forEach((node, count) -> {
            if (count == 0) {
                ready.add(node);
            }
        });
        List<N> order = new ArrayList<>(members.size());
        while (!ready.isEmpty()) {
            N next = ready.poll();
            order.add(next);
            for (N dependent : dependents.getOrDefault(next, List.of())) {
                if (pending.merge(dependent, -1, Integer::sum) == 0) {
                    ready.add(dependent);
                }
            }
        }
        return order.size() == members.size() ? Optional.of(order) : Optional.empty();
    }

    /**
     * Finds one cycle, as the list of nodes along it (the first node repeats at the end), so that
     * an error can show it.
     *
     * @return a cycle, or empty when there is none
     */
    public static <N> Optional<List<N>> findCycle(
            Collection<N> nodes, Function<N, ? extends Collection<N>> dependencies, Comparator<? super N> order) {
        List<N> sorted = new ArrayList<>(nodes);
        sorted.sort(order);
        Map<N, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
        for (N start : sorted) {
            if (state.containsKey(start)) {
                continue;
            }
            Deque<N> path = new ArrayDeque<>();
            Deque<java.util.Iterator<N>> iterators = new ArrayDeque<>();
            path.push(start);
            iterators.push(sortedCopy(dependencies.apply(start), order).iterator());
            state.put(start, 1);
            while (!path.isEmpty()) {
                java.util.Iterator<N> it = iterators.peek();
                if (it.hasNext()) {
                    N next = it.next();
                    Integer s = state.get(next);
                    if (s == null) {
                        state.put(next, 1);
                        path.push(next);
                        iterators.push(sortedCopy(dependencies.apply(next), order).iterator());
                    } else if (s == 1) {
                        List<N> cycle = new ArrayList<>();
                        List<N> reversed = new ArrayList<>(path);
                        java.util.Collections.reverse(reversed);
                        cycle.addAll(reversed.subList(reversed.indexOf(next), reversed.size()));
                        cycle.add(next);
                        return Optional.of(cycle);
                    }
                } else {
                    state.put(path.pop(), 2);
                    iterators.pop();
                }
            }
        }
        return Optional.empty();
    }

    /** {@return every node reachable from {@code start} through dependencies, {@code start} excluded} */
    public static <N> Set<N> closure(Collection<N> start, Function<N, ? extends Collection<N>> dependencies) {
        Set<N> seen = new LinkedHashSet<>();
        Deque<N> todo = new ArrayDeque<>(start);
        while (!todo.isEmpty()) {
            for (N next : dependencies.apply(todo.pop())) {
                if (seen.add(next)) {
                    todo.push(next);
                }
            }
        }
        seen.removeAll(start);
        return seen;
    }

    private static <N> List<N> sortedCopy(Collection<N> nodes, Comparator<? super N> order) {
        List<N> copy = new ArrayList<>(nodes);
        copy.sort(order);
        return copy;
    }
}
