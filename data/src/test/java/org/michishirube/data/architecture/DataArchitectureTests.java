package org.michishirube.data.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The data layer talks to Neo4j in one way: units of work in transactions through the adapter in {@code data.neo4j}
 * (docs/architecture.md, "Data access"); its feature packages do not depend on each other in circles.
 */
class DataArchitectureTests {

    private static final String ADAPTER = "org.michishirube.data.neo4j..";
    private static final String MIGRATION = "org.michishirube.data.migration..";

    private static final JavaClasses DATA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.michishirube.data");

    @Test
    void packagesAreFreeOfCycles() {
        // (**) makes every package a slice of its own, the root package included.
        slices().matching("org.michishirube.(**)").should().beFreeOfCycles().check(DATA);
    }

    @Test
    void onlyTheAdapterOpensSessionsAndTransactions() {
        noClasses().that().resideOutsideOfPackage(ADAPTER)
                .should().dependOnClassesThat().haveFullyQualifiedName("org.neo4j.driver.Session")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.neo4j.driver.SessionConfig")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.neo4j.driver.Transaction")
                .orShould().dependOnClassesThat().resideInAnyPackage("org.neo4j.driver.async..", "org.neo4j.driver.reactive..",
                        "org.neo4j.driver.reactivestreams..")
                .check(DATA);
    }

    @Test
    void onlyTheAdapterAndTheMigrationsHoldTheDriver() {
        // neo4j-migrations opens its own sessions from the driver; everything else gets a Database.
        noClasses().that().resideOutsideOfPackages(ADAPTER, MIGRATION)
                .should().dependOnClassesThat().haveFullyQualifiedName("org.neo4j.driver.Driver")
                .check(DATA);
    }

    @Test
    void nothingUsesSpringDataNeo4jsClientsOrTransactionManagers() {
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.data.neo4j.core.ReactiveNeo4jClient")
                .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.data.neo4j..", "org.springframework.transaction..")
                .check(DATA);
    }

    @Test
    void onlyTheAdapterSchedulesWorkOffTheCallersThread() {
        noClasses().that().resideOutsideOfPackage(ADAPTER)
                .should().dependOnClassesThat().resideInAPackage("reactor.core.scheduler..")
                .check(DATA);
    }
}
