package org.michishirube.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module boundaries that the build alone cannot enforce. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.michishirube");

    @Test
    void coreIsPlainJava() {
        noClasses().that().resideInAPackage("org.michishirube.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.neo4j..", "reactor..",
                        "tools.jackson..", "com.fasterxml..", "org.michishirube.data..", "org.michishirube.api..")
                .check(MAIN);
    }

    @Test
    void theApiTalksToNeo4jOnlyThroughTheDataModule() {
        noClasses().that().resideInAPackage("org.michishirube.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.neo4j.driver..", "org.springframework.data.neo4j..",
                        "org.neo4j.cypherdsl..", "ac.simons.neo4j..")
                .allowEmptyShould(false)
                .check(MAIN);
    }

    @Test
    void mappedNodeClassesStayInTheDataModule() {
        noClasses().that().resideOutsideOfPackage("org.michishirube.data..")
                .should().dependOnClassesThat().areAnnotatedWith("org.springframework.data.neo4j.core.schema.Node")
                .check(MAIN);
    }
}
