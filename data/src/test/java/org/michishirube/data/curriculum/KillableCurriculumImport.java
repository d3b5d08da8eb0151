package org.michishirube.data.curriculum;

import org.michishirube.data.neo4j.Database;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;

import org.michishirube.core.coverage.Course;
import org.michishirube.core.coverage.Depth;
import org.michishirube.core.coverage.Mapping;
import org.michishirube.data.dataset.KillableLoad;
import org.michishirube.data.graph.PublishedGraph;
import org.neo4j.driver.Driver;

/**
 * For {@code KilledLoadIT}: importing all courses of a stored curriculum, the write behind a CSV import
 * ({@link Curricula#update} with {@code withCourses}), killed after its last step ({@code mappings}), when the header,
 * the courses and their mappings are written and only the commit is missing.
 */
public final class KillableCurriculumImport implements KillableLoad.Write {

    @Override
    public void prepare(Driver driver) {
        CurriculumWrite w = store(driver).create(CurriculaIT.sample()).block();
        if (!(w instanceof CurriculumWrite.Written)) {
            throw new IllegalStateException("the curriculum was not created: " + w);
        }
    }

    @Override
    public String midway() {
        return "mappings";
    }

    @Override
    public void run(Driver driver, Consumer<String> afterEachStep) {
        List<Course> imported = List.of(
                CurriculaIT.course("RT-301", "医用画像情報学", "Medical imaging informatics", "DICOMとPACSの運用を学ぶ。",
                        Mapping.of("miis.dicom.core", Depth.MASTERS), Mapping.of("miis.pacs.ris", Depth.REINFORCES)),
                CurriculaIT.course("RT-500", "医療情報システム演習", "Healthcare information systems practice", null,
                        Mapping.of("hit.it.db.sql", Depth.MASTERS), Mapping.of("hit.it.repr", Depth.REINFORCES)));
        Curricula store = store(driver);
        store.afterEachStep(afterEachStep);
        CurriculumWrite w = store.update(CurriculaIT.ID, OptionalLong.of(1), c -> c.withCourses(imported)).block();
        if (!(w instanceof CurriculumWrite.Written)) {
            throw new IllegalStateException("the import did not go through: " + w);
        }
    }

    private static Curricula store(Driver driver) {
        PublishedGraph graph = new PublishedGraph(Database.of(driver));
        graph.refresh();
        return new Curricula(Database.of(driver), graph);
    }
}
