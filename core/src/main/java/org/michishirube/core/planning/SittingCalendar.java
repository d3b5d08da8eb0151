package org.michishirube.core.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.ExamSitting;

/**
 * The exam sittings a planner may put exams on, indexed by credential and sorted by exam day once, so that
 * finding a plan's sitting costs a binary search. Immutable; build one per snapshot and share it.
 */
public final class SittingCalendar {

    private static final SittingCalendar NONE = new SittingCalendar(List.of());

    private final List<ExamSitting> all;
    private final Map<CredentialId, List<ExamSitting>> byCredential;

    private SittingCalendar(Collection<ExamSitting> sittings) {
        List<ExamSitting> sorted = new ArrayList<>(sittings);
        sorted.sort(ExamSitting.BY_EXAM_DAY);
        this.all = List.copyOf(sorted);
        Map<CredentialId, List<ExamSitting>> index = new HashMap<>();
        for (ExamSitting s : all) {
            index.computeIfAbsent(s.credential(), k -> new ArrayList<>()).add(s);
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byCredential = Map.copyOf(index);
    }

    /** {@return a calendar of these sittings} */
    public static SittingCalendar of(Collection<ExamSitting> sittings) {
        return sittings.isEmpty() ? NONE : new SittingCalendar(sittings);
    }

    /** {@return a calendar without sittings: every exam is dated by when the learner is ready, as before sittings existed} */
    public static SittingCalendar none() {
        return NONE;
    }

    /** {@return every sitting, by exam day} */
    public List<ExamSitting> all() {
        return all;
    }

    /** {@return the sittings of one credential, by exam day; empty when none is known} */
    public List<ExamSitting> of(CredentialId credential) {
        return byCredential.getOrDefault(credential, List.of());
    }

    /**
     * {@return the first sitting of a credential that is not cancelled, is held on or after {@code sitFrom} and still
     * takes applications on {@code applyOn}; empty when the calendar knows none}
     *
     * @param credential the credential
     * @param sitFrom the first day the learner can sit it (study done, experience complete)
     * @param applyOn the first day the learner can apply (today, or the day a required credential is held)
     */
    public Optional<ExamSitting> first(CredentialId credential, LocalDate sitFrom, LocalDate applyOn) {
        List<ExamSitting> sittings = of(credential);
        int lo = 0;
        int hi = sittings.size();
        while (lo < hi) { // the first sitting held on or after sitFrom
            int mid = (lo + hi) >>> 1;
            if (sittings.get(mid).examDay().isBefore(sitFrom)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < sittings.size(); i++) {
            ExamSitting s = sittings.get(i);
            if (!s.cancelled() && !s.applicationCloses().isBefore(applyOn)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SittingCalendar other && all.equals(other.all);
    }

    @Override
    public int hashCode() {
        return all.hashCode();
    }

    @Override
    public String toString() {
        return "SittingCalendar[" + all.size() + " sittings]";
    }
}
