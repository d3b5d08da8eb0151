package org.michishirube.api.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Rules over every module at once, from the one module whose class path holds them all: the modules form layers
 * that only look down, and no two packages anywhere depend on each other.
 */
class SystemArchitectureTests {

    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.michishirube");

    @Test
    void modulesOnlyLookDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("api").definedBy("org.michishirube.api..")
                .layer("data").definedBy("org.michishirube.data..")
                .layer("interop").definedBy("org.michishirube.interop..")
                .layer("dataset").definedBy("org.michishirube.dataset..")
                .layer("core").definedBy("org.michishirube.core..")
                .whereLayer("api").mayNotBeAccessedByAnyLayer()
                .whereLayer("data").mayOnlyBeAccessedByLayers("api")
                .whereLayer("interop").mayOnlyBeAccessedByLayers("data", "api")
                .whereLayer("dataset").mayOnlyBeAccessedByLayers("data", "api")
                .whereLayer("core").mayOnlyBeAccessedByLayers("interop", "dataset", "data", "api")
                .check(ALL);
    }

    @Test
    void noPackageCyclesInAnyModule() {
        // Each package is its own slice, so a cycle between a package and its sub-package counts too.
        slices().matching("org.michishirube.(**)").should().beFreeOfCycles().check(ALL);
    }
}
