package org.michishirube.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core is a plain Java library: it may use the JDK and itself, nothing else. */
class CoreArchitectureTests {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.michishirube.core");

    @Test
    void coreDependsOnTheJdkOnly() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.michishirube.core..").check(CORE);
    }

    @Test
    void sharedAlgorithmsDoNotReachBackIntoFeatures() {
        classes().that().resideInAPackage("org.michishirube.core.internal..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.michishirube.core.internal..").check(CORE);
    }

    @Test
    void packagesAreFreeOfCycles() {
        // (**) makes every package a slice of its own, so a cycle between sub-packages counts too.
        slices().matching("org.michishirube.(**)").should().beFreeOfCycles().check(CORE);
    }
}
