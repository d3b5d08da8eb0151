package org.michishirube.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.michishirube.core.testing.RandomGraphs;
import org.michishirube.core.testing.SampleGraphs;

/** The indexes a graph builds once give what a scan of the whole graph gives. */
class CompetencyGraphIndexTests {

    @Test
    void lookupsAgreeWithScansOnRandomGraphs() {
        for (long seed = 0; seed < 200; seed++) {
            assertIndexesAgree(RandomGraphs.small(seed));
        }
        assertIndexesAgree(SampleGraphs.hospital());
    }

    private static void assertIndexesAgree(CompetencyGraph graph) {
        for (Credential c : graph.credentials()) {
            assertThat(graph.frameworkOf(c.id()))
                    .isEqualTo(graph.frameworks().stream().filter(f -> f.credential().equals(c.id())).findFirst());
        }
        for (Framework f : graph.frameworks()) {
            Object current = graph.currentVersion(f.id()).orElse(null);
            assertThat(graph.targetsOf(f.id()))
                    .isEqualTo(graph.targets().stream().filter(t -> t.version().equals(current)).toList());
        }
        for (Role r : graph.roles()) {
            assertThat(graph.credentialsSuiting(r.id())).isEqualTo(graph.credentials().stream().map(Credential::id)
                    .filter(c -> graph.suitedRoles(c).contains(r.id())).toList());
        }
        for (Target t : graph.targets()) {
            assertThat(graph.rolesNeeding(t.id())).isEqualTo(graph.roles().stream()
                    .filter(r -> r.needs().stream().anyMatch(n -> n.target().equals(t.id()))).toList());
        }
        int edges = 0;
        for (Target t : graph.targets()) {
            edges += graph.prerequisites(t.id()).size();
        }
        assertThat(graph.prerequisiteCount()).isEqualTo(edges);
    }

    @Test
    void positionsFollowIdOrderAndCarryTheEdges() {
        for (long seed = 0; seed < 200; seed++) {
            CompetencyGraph graph = RandomGraphs.small(seed);
            TargetIndex index = graph.index();
            List<Target> targets = graph.targets();
            assertThat(index.size()).isEqualTo(targets.size());
            assertThat(index.positionOf(TargetId.of("no.such.target"))).isEqualTo(-1);
            List<DomainId> domains = graph.domains().stream().map(Domain::id).toList();
            List<FrameworkId> frameworks = graph.frameworks().stream().map(Framework::id).toList();
            for (int i = 0; i < targets.size(); i++) {
                Target t = targets.get(i);
                assertThat(index.positionOf(t.id())).isEqualTo(i);
                assertThat(index.target(i)).isEqualTo(t);
                assertThat(index.id(i)).isEqualTo(t.id());
                assertThat(index.effortHours(i)).isEqualTo(t.effortHours().orElse(-1));
                assertThat(index.isLeaf(i)).isEqualTo(graph.isLeaf(t.id()));
                assertThat(index.domainOrdinal(i)).isEqualTo(domains.indexOf(t.domain()));
                assertThat(index.frameworkOrdinal(i)).isEqualTo(frameworks.indexOf(t.version().framework()));
                assertThat(ids(index, i, true)).isEqualTo(new ArrayList<>(graph.prerequisites(t.id())));
                assertThat(ids(index, i, false)).isEqualTo(new ArrayList<>(graph.dependents(t.id())));
            }
            for (int f = 0; f < frameworks.size(); f++) {
                List<Integer> leaves = new ArrayList<>();
                for (int k = 0; k < index.leafCount(f); k++) {
                    leaves.add(index.leaf(f, k));
                }
                assertThat(leaves).as("leaves of %s", frameworks.get(f)).isEqualTo(graph.targetsOf(frameworks.get(f))
                        .stream().filter(t -> graph.isLeaf(t.id())).map(t -> index.positionOf(t.id())).toList());
            }
            Map<Integer, Integer> step = new java.util.HashMap<>();
            for (int k = 0; k < index.size(); k++) {
                step.put(index.topological(k), k);
            }
            assertThat(step).hasSize(index.size());
            for (int i = 0; i < index.size(); i++) {
                for (int k = 0; k < index.prerequisiteCount(i); k++) {
                    assertThat(step.get(index.prerequisite(i, k))).isLessThan(step.get(i));
                }
            }
        }
    }

    private static List<TargetId> ids(TargetIndex index, int position, boolean prerequisites) {
        List<TargetId> ids = new ArrayList<>();
        int count = prerequisites ? index.prerequisiteCount(position) : index.dependentCount(position);
        Set<Integer> seen = new HashSet<>();
        for (int k = 0; k < count; k++) {
            int p = prerequisites ? index.prerequisite(position, k) : index.dependent(position, k);
            assertThat(seen.add(p)).isTrue();
            ids.add(index.id(p));
        }
        return ids;
    }
}
