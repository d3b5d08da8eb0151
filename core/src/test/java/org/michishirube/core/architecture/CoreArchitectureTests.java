package org.michishirube.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.michishirube.core.coverage.CoverageAnalysis;
import org.michishirube.core.diff.FrameworkDiff;
import org.michishirube.core.fit.RoleFit;
import org.michishirube.core.planning.LearningPathPlanner;
import org.michishirube.core.proposal.RedefinitionProposer;
import org.michishirube.core.revision.DraftEditor;

/** The core is a plain Java library with a small public face: the JDK only, documented API, hidden implementations. */
class CoreArchitectureTests {

    private static final Path SOURCES = Path.of("src/main/java");

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.michishirube.core");

    @Test
    void coreDependsOnTheJdkOnly() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.michishirube.core..").check(CORE);
    }

    @Test
    void implementationsHideBehindTheFactoriesOfTheirInterfaces() {
        for (Class<?> api : List.of(LearningPathPlanner.class, RoleFit.class, CoverageAnalysis.class, FrameworkDiff.class,
                RedefinitionProposer.class, DraftEditor.class)) {
            classes().that().implement(api).should().notBePublic()
                    .because("callers depend on " + api.getSimpleName() + " and its factories, not on one implementation")
                    .check(CORE);
        }
    }

    @Test
    void everyPackageIsExportedByTheModule() throws IOException {
        Set<String> packages = CORE.stream().map(JavaClass::getPackageName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> exported = Files.readAllLines(SOURCES.resolve("module-info.java")).stream().map(String::strip)
                .filter(line -> line.startsWith("exports "))
                .map(line -> line.substring("exports ".length(), line.indexOf(';')).strip())
                .collect(Collectors.toSet());
        assertThat(exported).as("packages exported by module-info.java").containsExactlyInAnyOrderElementsOf(packages);
    }

    /** Javadoc is not in class files, so this reads the sources: a public top-level type opens after a doc comment. */
    @Test
    void everyPublicTypeIsDocumented() throws IOException {
        Pattern declaration = Pattern.compile("^public (?:final |sealed |abstract |non-sealed )*(?:class|record|interface|enum) ");
        List<String> undocumented = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES.resolve("org"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (declaration.matcher(lines.get(i)).find()) {
                        int above = i - 1;
                        while (above >= 0 && lines.get(above).startsWith("@")) {
                            above--;
                        }
                        if (above < 0 || !lines.get(above).strip().endsWith("*/")) {
                            undocumented.add(SOURCES.relativize(file).toString());
                        }
                    }
                }
            }
        }
        assertThat(undocumented).as("public types without Javadoc").isEmpty();
    }

    @Test
    void packagesAreFreeOfCycles() {
        // (**) makes every package a slice of its own, so a cycle between sub-packages counts too.
        slices().matching("org.michishirube.(**)").should().beFreeOfCycles().check(CORE);
    }
}
