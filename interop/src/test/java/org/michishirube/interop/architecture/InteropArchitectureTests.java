package org.michishirube.interop.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The interop module holds pure codecs: core records in, documents out, and back; no persistence, no web, no framework. */
class InteropArchitectureTests {

    private static final JavaClasses INTEROP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.michishirube.interop");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.michishirube.(**)").should().beFreeOfCycles().allowEmptyShould(true).check(INTEROP);
    }

    @Test
    void codecsKnowNeitherTheServiceNorItsFrameworks() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.michishirube.data..", "org.michishirube.api..",
                        "org.springframework..", "org.neo4j..", "reactor..")
                .check(INTEROP);
    }
}
