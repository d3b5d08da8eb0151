package org.michishirube.core.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.michishirube.core.model.TargetId;

class LearnerProfileTests {

    static final TargetId SQL = TargetId.of("hit.it.db.sql");
    static final TargetId TCP = TargetId.of("hit.it.net.protocol-models");

    @Test
    void aLevelIsSelfAssessedUntilSomethingEvidencesIt() {
        LearnerProfile profile = LearnerProfile.beginner(5).withMastered(TCP, 2).withEvidencedMastery(SQL, 3, "RT-403 (A, 2024)");
        assertThat(profile.isSelfAssessed(TCP)).isTrue();
        assertThat(profile.isSelfAssessed(SQL)).isFalse();
        assertThat(profile.hasSelfAssessedLevels()).isTrue();
        assertThat(profile.evidencedOnly().hasSelfAssessedLevels()).isFalse();
        assertThat(profile.evidence()).containsExactly(Map.entry(SQL, "RT-403 (A, 2024)"));
        assertThat(profile.evidencedOnly().mastered()).containsExactly(Map.entry(SQL, 3));
        // Rating a level again by oneself drops the evidence for it.
        assertThat(profile.withMastered(SQL, 4).isSelfAssessed(SQL)).isTrue();
    }

    @Test
    void evidenceNeedsAMasteredLevelAndSaysWhat() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new LearnerProfile(List.of(), Map.of(), Map.of(), 5, List.of(), Map.of(SQL, "RT-403")))
                .withMessageContaining("needs a mastered level");
        assertThatIllegalArgumentException().isThrownBy(() ->
                new LearnerProfile(List.of(), Map.of(SQL, 3), Map.of(), 5, List.of(), Map.of(SQL, " ")))
                .withMessageContaining("must say what");
    }
}
