package org.michishirube.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Verification;
import org.michishirube.testing.DatasetCopy;
import tools.jackson.databind.node.ObjectNode;

/** The rule checker on crafted items: each rule fails the item that breaks it and passes the one that keeps it. */
class ProvenanceRulesTests {

    private static final CredentialId HIT = new CredentialId("hit");
    private static final Source RESULTS_2024 = source("results-2024", "2024", SourceKind.EXAM_RESULT, HIT);
    private static final Source RESULTS_2018 = source("results-2018", "2018", SourceKind.EXAM_RESULT, HIT);
    private static final Source BLOG = source("blog", "undated", SourceKind.BLOG);
    private static final Source MANUAL = source("manual", "2019", SourceKind.THIRD_PARTY_DOC);
    private static final Source OTHER_BODY = source("other-body", "2018", SourceKind.EXAM_RESULT, new CredentialId("basic-knowledge-test"));
    private static final Source OFFICIAL_PAGE = source("page", "2023-02", SourceKind.OFFICIAL_PAGE, HIT);
    private static final Map<String, Source> REGISTRY = Map.of(RESULTS_2024.id(), RESULTS_2024, RESULTS_2018.id(), RESULTS_2018,
            BLOG.id(), BLOG, MANUAL.id(), MANUAL, OTHER_BODY.id(), OTHER_BODY, OFFICIAL_PAGE.id(), OFFICIAL_PAGE);
    private static final FrameworkVersionId OLD = FrameworkVersionId.of("hit@pre-fy2020");
    private static final LocalDate ENDED = LocalDate.of(2020, 4, 1);

    @TempDir
    Path temp;

    @Test
    void aLevelThatOutrunsItsSourcesFails() {
        assertThat(faults(item(Verification.CORROBORATED, null, "blog"))).singleElement().asString()
                .contains("is corroborated but none of its sources is the body of hit");
        assertThat(faults(item(Verification.CORROBORATED, null, "manual"))).hasSize(1);
        // The body of another credential does not corroborate this one.
        assertThat(faults(item(Verification.CORROBORATED, null, "other-body"))).hasSize(1);
        assertThat(faults(item(Verification.OFFICIAL, null, "results-2018"))).singleElement().asString().contains("is official but");
        // Earned levels pass.
        assertThat(faults(item(Verification.CORROBORATED, null, "blog", "results-2018"))).isEmpty();
        assertThat(faults(item(Verification.SECONDARY, null, "blog"))).isEmpty();
        assertThat(faults(item(Verification.OFFICIAL, null, "page"))).isEmpty();
    }

    @Test
    void aSourcePublishedAfterARetiredVersionEndedCannotSupportItsItem() {
        CitedItem old = new CitedItem("f.yaml", "hit.it.net.ip", "target", Verification.CORROBORATED, List.of(new Citation("results-2024", Optional.empty())),
                Set.of(HIT), Optional.of(OLD), Optional.of(ENDED), Optional.empty());
        assertThat(faults(old)).singleElement().asString().contains("anachronism").contains("results-2024").contains("2020-04-01");
        // A blog of unknown date cannot be shown to post-date it; a 2018 result is of the version's time.
        assertThat(faults(withSources(old, Verification.SECONDARY, "results-2024"))).singleElement().asString().contains("anachronism");
        assertThat(faults(withSources(old, Verification.CORROBORATED, "results-2018"))).isEmpty();
        // The same item kept inferred with a note is sound.
        CitedItem kept = new CitedItem(old.file(), old.item(), old.type(), Verification.INFERRED, old.citations(), old.about(), old.version(),
                old.versionEnd(), Optional.of("post-dated evidence only"));
        assertThat(faults(kept)).isEmpty();
    }

    @Test
    void inferredNeedsANoteAndEveryCitationMustResolveAndEverySourceBeCited() {
        assertThat(faults(item(Verification.INFERRED, null, "blog"))).singleElement().asString().contains("no note");
        assertThat(faults(item(Verification.INFERRED, "our judgement", "blog"))).isEmpty();
        assertThat(faults(item(Verification.SECONDARY, null, "no-such-source"))).singleElement().asString().contains("does not list");

        List<DatasetProblem> all = ProvenanceRules.check(List.of(item(Verification.SECONDARY, null, "blog")), REGISTRY, "sources.yaml");
        assertThat(all).extracting(DatasetProblem::item).containsExactlyInAnyOrder("results-2024", "results-2018", "manual", "other-body", "page");
        assertThat(all).allSatisfy(p -> assertThat(p.fault()).isEqualTo("is cited by no item"));
    }

    @Test
    void theReaderRefusesADatasetWhoseRetiredVersionIsCorroboratedByLaterEvidence() {
        DatasetCopy copy = DatasetCopy.of(temp);
        // hit.it.net.ip in the version before FY2020, claimed corroborated by the 22nd exam's results (2024).
        copy.edit("frameworks/hit@pre-fy2020.yaml", root -> DatasetCopy.targets(root).stream()
                .filter(t -> t.path("id").asString().equals("hit.it.net.ip")).findFirst().map(t -> (ObjectNode) t).orElseThrow()
                .put("verification", "corroborated").set("sources", root.arrayNode().add("hit-results-22")));

        assertThatThrownBy(() -> ReferenceDataset.load(DatasetSource.directory(copy.dir())))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("frameworks/hit@pre-fy2020.yaml");
                    assertThat(p.item()).isEqualTo("target hit.it.net.ip");
                    assertThat(p.fault()).contains("anachronism");
                }));
    }

    @Test
    void theReaderRefusesASourceNobodyCitesAndACitationOfAnUnknownSource() {
        DatasetCopy copy = DatasetCopy.of(temp);
        copy.edit("sources.yaml", root -> {
            ObjectNode extra = ((ObjectNode) root.path("sources").get(0)).deepCopy();
            extra.put("id", "never-cited").put("reference", "nowhere").remove("url");
            ((tools.jackson.databind.node.ArrayNode) root.path("sources")).add(extra);
        });
        copy.edit("statistics.yaml", root -> ((ObjectNode) root.path("statistics").get(0)).set("sources", root.arrayNode().add("no-such-source")));

        assertThatThrownBy(() -> ReferenceDataset.load(DatasetSource.directory(copy.dir())))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> {
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p.toString()).isEqualTo("sources.yaml › never-cited: is cited by no item"));
                    assertThat(e.problems()).anySatisfy(p -> {
                        assertThat(p.file()).isEqualTo("statistics.yaml");
                        assertThat(p.fault()).contains("no-such-source");
                    });
                });
    }

    private static List<DatasetProblem> faults(CitedItem item) {
        List<Source> sources = item.citations().stream().map(c -> REGISTRY.get(c.source())).toList();
        if (sources.contains(null)) {
            return ProvenanceRules.check(List.of(item), Map.of(), "sources.yaml");
        }
        return ProvenanceRules.checkLevel(item, sources);
    }

    private static CitedItem item(Verification level, String note, String... sources) {
        return new CitedItem("f.yaml", "x", "target", level, citations(sources), Set.of(HIT), Optional.empty(), Optional.empty(),
                Optional.ofNullable(note));
    }

    private static CitedItem withSources(CitedItem item, Verification level, String... sources) {
        return new CitedItem(item.file(), item.item(), item.type(), level, citations(sources), item.about(), item.version(), item.versionEnd(), item.note());
    }

    private static List<Citation> citations(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> new Citation(id, Optional.empty())).toList();
    }

    private static Source source(String id, String published, SourceKind kind, CredentialId... speaksFor) {
        return new Source(id, "https://example.org/" + id, new LocalizedText(id, id), "publisher", published, "2026-12", kind, Set.of(speaksFor));
    }
}
