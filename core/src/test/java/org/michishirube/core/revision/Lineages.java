package org.michishirube.core.revision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.LineageKind;
import org.michishirube.core.model.LineageLink;
import org.michishirube.core.model.TargetId;

/** The accounting rules of docs/dataset.md, as a list of broken rules. */
final class Lineages {

    private Lineages() {
    }

    static List<String> brokenRules(FrameworkTree base, FrameworkTree tree) {
        Set<TargetId> before = base.targetsById().keySet();
        Set<TargetId> after = tree.targetsById().keySet();
        List<String> broken = new ArrayList<>();
        Map<TargetId, Integer> fromCount = new HashMap<>();
        Set<TargetId> addedIds = new TreeSet<>();
        Set<TargetId> otherTos = new TreeSet<>();
        Set<TargetId> anyTo = new TreeSet<>();
        for (LineageLink l : tree.lineage()) {
            for (TargetId f : l.from()) {
                if (!before.contains(f) || after.contains(f)) {
                    broken.add(l + ": from " + f + " must be only in the base");
                }
                fromCount.merge(f, 1, Integer::sum);
            }
            for (TargetId t : l.to()) {
                if (!after.contains(t) || before.contains(t)) {
                    broken.add(l + ": to " + t + " must be only in the draft");
                }
                anyTo.add(t);
                (l.kind() == LineageKind.ADDED ? addedIds : otherTos).add(t);
            }
        }
        for (TargetId b : before) {
            if (!after.contains(b) && fromCount.getOrDefault(b, 0) != 1) {
                broken.add(b + " left the base but is the from of " + fromCount.getOrDefault(b, 0) + " links");
            }
        }
        for (TargetId t : after) {
            if (!before.contains(t) && !anyTo.contains(t)) {
                broken.add(t + " is new but no link names it");
            }
        }
        addedIds.stream().filter(otherTos::contains).forEach(t -> broken.add(t + " is added and also the to of another link"));
        return broken;
    }
}
