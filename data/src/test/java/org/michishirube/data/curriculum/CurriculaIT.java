package org.michishirube.data.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.michishirube.core.coverage.Course;
import org.michishirube.core.coverage.Curriculum;
import org.michishirube.core.coverage.CurriculumId;
import org.michishirube.core.coverage.Depth;
import org.michishirube.core.coverage.InstitutionId;
import org.michishirube.core.coverage.Mapping;
import org.michishirube.core.coverage.Semester;
import org.michishirube.core.coverage.Suggestion;
import org.michishirube.core.coverage.Visibility;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.TargetId;
import org.michishirube.data.graph.PublishedGraph;
import org.michishirube.data.testing.GraphDump;
import org.michishirube.data.testing.TestDatabase;
import org.michishirube.testing.TestNeo4j;

class CurriculaIT {

    static final CurriculumId ID = new CurriculumId("it-u.radiology-2025");
    private static Curricula store;

    @BeforeAll
    static void load() {
        PublishedGraph graph = TestDatabase.withShippedDataset();
        store = new Curricula(TestDatabase.database(), graph);
    }

    @AfterEach
    void removeCurricula() {
        store.afterEachStep(step -> { });
        try (var session = TestNeo4j.driver().session()) {
            session.run("MATCH (n) WHERE n:Curriculum OR n:Course OR n:Institution DETACH DELETE n").consume();
        }
    }

    static Curriculum sample() {
        return new Curriculum(ID, new InstitutionId("it-u"), LocalizedText.of("診療放射線学科 2025", "Radiological technology 2025"),
                Visibility.PRIVATE, 0, List.of(
                course("RT-301", "医用画像情報学", "Medical imaging informatics", "DICOMの基本とPACSの構成を学ぶ。",
                        new Mapping(new TargetId("miis.dicom.core"), Depth.REINFORCES, Optional.of("第1-4回")),
                        Mapping.of("hit.sys.standards.dicom", Depth.INTRODUCES)),
                course("RT-101", "情報科学概論", "Introduction to information science", null,
                        Mapping.of("hit.it.repr", Depth.INTRODUCES)),
                course("RT-999", "卒業研究", "Graduation research", null)));
    }

    static Course course(String code, String ja, String en, String syllabus, Mapping... mappings) {
        return new Course(code, LocalizedText.of(ja, en), 3, Semester.FIRST, OptionalInt.of(30), OptionalDouble.of(2),
                Optional.ofNullable(syllabus), List.of(mappings));
    }

    @Test
    void aCreatedCurriculumReadsBackEqualWithVersionOne() {
        CurriculumWrite w = store.create(sample()).block();
        assertThat(w).isInstanceOf(CurriculumWrite.Written.class);
        Curriculum read = store.find(ID).block();
        assertThat(read).isEqualTo(new Curriculum(ID, sample().institution(), sample().name(), Visibility.PRIVATE, 1, sample().courses()));
        assertThat(store.create(sample()).block()).isInstanceOf(CurriculumWrite.Exists.class);
        try (var session = TestNeo4j.driver().session()) {
            // The mapping attaches to the current version's node of the target.
            assertThat(session.run("MATCH (:Course {code: 'RT-101'})-[a:ADDRESSES]->(t:Target) RETURN t.uid AS uid, a.depth AS d")
                    .single().get("uid").asString()).isEqualTo("hit@fy2020/hit.it.repr");
            assertThat(session.run("MATCH (:Institution {id: 'it-u'})-[:OFFERS]->(c:Curriculum) RETURN c.id AS id").single()
                    .get("id").asString()).isEqualTo(ID.value());
        }
    }

    @Test
    void writingTheSameContentAgainChangesNothingAndKeepsTheVersion() {
        store.create(sample()).block();
        List<String> before = GraphDump.of(TestNeo4j.driver());
        CurriculumWrite again = store.update(ID, OptionalLong.of(1), c -> c.withCourses(sample().courses())).block();
        assertThat(again).isInstanceOf(CurriculumWrite.Unchanged.class);
        assertThat(GraphDump.of(TestNeo4j.driver())).isEqualTo(before);
        assertThat(store.find(ID).block().version()).isEqualTo(1);
    }

    @Test
    void anUpdateReplacesCoursesAndMappingsAndBumpsTheVersion() {
        store.create(sample()).block();
        List<Course> courses = List.of(sample().courses().get(1).withMappings(List.of(Mapping.of("hit.it.db.sql", Depth.MASTERS))),
                course("RT-302", "放射線情報システム", "Radiology information systems", null, Mapping.of("miis.pacs.ris", Depth.MASTERS)));
        CurriculumWrite w = store.update(ID, OptionalLong.of(1), c -> c.withCourses(courses)).block();
        assertThat(w).isInstanceOfSatisfying(CurriculumWrite.Written.class, x -> assertThat(x.curriculum().version()).isEqualTo(2));
        Curriculum read = store.find(ID).block();
        assertThat(read.courses()).isEqualTo(courses);
        assertThat(read.version()).isEqualTo(2);
        try (var session = TestNeo4j.driver().session()) {
            assertThat(session.run("MATCH (k:Course) RETURN count(k) AS n").single().get("n").asInt()).isEqualTo(2);
            assertThat(session.run("MATCH (:Course)-[a:ADDRESSES]->() RETURN count(a) AS n").single().get("n").asInt()).isEqualTo(2);
        }
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        store.create(sample()).block();
        List<String> before = GraphDump.of(TestNeo4j.driver());
        CurriculumWrite w = store.update(ID, OptionalLong.of(7), c -> c.withCourses(List.of())).block();
        assertThat(w).isEqualTo(new CurriculumWrite.Stale(1));
        assertThat(GraphDump.of(TestNeo4j.driver())).isEqualTo(before);
        assertThat(store.update(new CurriculumId("nope"), OptionalLong.empty(), c -> c).block()).isInstanceOf(CurriculumWrite.Missing.class);
    }

    @Test
    void aFailureAfterAnyStepLeavesTheGraphExactlyAsItWas() {
        store.create(sample()).block();
        List<String> before = GraphDump.of(TestNeo4j.driver());
        List<Course> replacement = List.of(course("RT-500", "新科目", "New course", null, Mapping.of("hit.it.db.sql", Depth.MASTERS)));
        for (String failing : List.of("header", "courses", "mappings")) {
            store.afterEachStep(step -> {
                if (step.equals(failing)) {
                    throw new IllegalStateException("injected failure after " + step);
                }
            });
            assertThatThrownBy(() -> store.update(ID, OptionalLong.empty(), c -> c.withCourses(replacement)).block())
                    .hasMessageContaining("injected failure after " + failing);
            assertThat(GraphDump.of(TestNeo4j.driver())).as("after failing at " + failing).isEqualTo(before);
        }
        store.afterEachStep(step -> {
            if (step.equals("mappings")) {
                throw new IllegalStateException("injected failure after create");
            }
        });
        Curriculum other = new Curriculum(new CurriculumId("it-u.other"), new InstitutionId("it-u2"), LocalizedText.of("別", "Other"),
                Visibility.PUBLIC, 0, replacement);
        assertThatThrownBy(() -> store.create(other).block()).hasMessageContaining("injected");
        assertThat(GraphDump.of(TestNeo4j.driver())).isEqualTo(before);
    }

    @Test
    void aMappingWhoseTargetIsMissingRollsTheWholeWriteBack() {
        store.create(sample()).block();
        List<String> before = GraphDump.of(TestNeo4j.driver());
        List<Course> bad = List.of(course("RT-500", "新科目", "New course", null, Mapping.of("hit.it.db.sql", Depth.MASTERS),
                Mapping.of("hit.no.such.target", Depth.MASTERS)));
        assertThatThrownBy(() -> store.update(ID, OptionalLong.empty(), c -> c.withCourses(bad)).block())
                .hasMessageContaining("found their target");
        assertThat(GraphDump.of(TestNeo4j.driver())).isEqualTo(before);
    }

    @Test
    void suggestionsComeFromTitleAndSyllabusAndSkipMappedAndRejectedTargets() {
        store.create(sample()).block();
        Curriculum c = store.find(ID).block();
        List<FrameworkVersionId> versions = List.of(FrameworkVersionId.of("hit@fy2020"), FrameworkVersionId.of("miis@2011"));
        List<Suggestion> first = store.suggest(c, versions, 10).collectList().block();
        List<Suggestion> imaging = first.stream().filter(s -> s.course().equals("RT-301")).toList();
        assertThat(imaging).isNotEmpty();
        assertThat(imaging).extracting(s -> s.target().value()).doesNotContain("miis.dicom.core", "hit.sys.standards.dicom")
                .anyMatch(id -> id.startsWith("miis.dicom") || id.startsWith("miis.pacs"));
        assertThat(imaging).extracting(Suggestion::score).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        TargetId top = imaging.get(0).target();
        assertThat(store.reject(ID, OptionalLong.of(1), "RT-301", top).block()).isInstanceOf(CurriculumWrite.Written.class);
        assertThat(store.rejections(ID).block().get("RT-301")).containsExactly(top);
        List<Suggestion> after = store.suggest(store.find(ID).block(), versions, 10).collectList().block();
        assertThat(after).filteredOn(s -> s.course().equals("RT-301")).extracting(Suggestion::target).doesNotContain(top);
        // Rejecting twice changes nothing more.
        assertThat(store.reject(ID, OptionalLong.empty(), "RT-301", top).block()).isInstanceOf(CurriculumWrite.Unchanged.class);
    }

    @Test
    void deletingRemovesTheCurriculumAndItsCourses() {
        store.create(sample()).block();
        assertThat(store.delete(ID, OptionalLong.of(3)).block()).isEqualTo(new CurriculumWrite.Stale(1));
        assertThat(store.delete(ID, OptionalLong.of(1)).block()).isInstanceOf(CurriculumWrite.Deleted.class);
        assertThat(store.find(ID).block()).isNull();
        try (var session = TestNeo4j.driver().session()) {
            assertThat(session.run("MATCH (k:Course) RETURN count(k) AS n").single().get("n").asInt()).isZero();
        }
        assertThat(store.delete(ID, OptionalLong.empty()).block()).isInstanceOf(CurriculumWrite.Missing.class);
    }
}
