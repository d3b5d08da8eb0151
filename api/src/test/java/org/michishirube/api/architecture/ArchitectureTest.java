package org.michishirube.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import java.util.List;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.michishirube.api.web.Blocking;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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

    // --- controllers only route ------------------------------------------------------------------------------------

    /** What a controller may use besides its own feature package: the request, the response, and the shared web helpers. */
    private static final List<String> ROUTING = List.of("java.", "org.michishirube.api.problem.", "org.michishirube.api.web.",
            "org.michishirube.core.model.", "org.springframework.web.bind.annotation.", "org.springframework.http.",
            "org.springframework.security.core.", "org.springframework.security.oauth2.jwt.", "reactor.core.publisher.",
            "tools.jackson.databind.");

    @Test
    void controllersDependOnlyOnTheirFeatureAndTheWeb() {
        classes().that().areAnnotatedWith(RestController.class)
                .should(new ArchCondition<JavaClass>("depend only on their own feature package, " + ROUTING
                        + " and the records the data module answers with") {
                    @Override
                    public void check(JavaClass controller, ConditionEvents events) {
                        for (Dependency d : controller.getDirectDependenciesFromSelf()) {
                            JavaClass target = d.getTargetClass().getBaseComponentType();
                            boolean allowed = target.isPrimitive() || target.getPackageName().equals(controller.getPackageName())
                                    || ROUTING.stream().anyMatch(p -> target.getName().startsWith(p))
                                    || target.getPackageName().startsWith("org.michishirube.data.") && target.isRecord();
                            if (!allowed) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                })
                .check(MAIN);
    }

    @Test
    void controllersDoNotScheduleWork() {
        noClasses().that().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().resideInAPackage("reactor.core.scheduler..")
                .check(MAIN);
    }

    @Test
    void onlyBlockingMovesWorkOffTheEventLoop() {
        noClasses().that().resideInAPackage("org.michishirube.api..").and().doNotBelongToAnyOf(Blocking.class)
                .should().dependOnClassesThat().resideInAPackage("reactor.core.scheduler..")
                .check(MAIN);
    }

    @Test
    void controllersHoldOnlyTheirFeatureService() {
        classes().that().areAnnotatedWith(RestController.class)
                .should(new ArchCondition<JavaClass>("hold one field, a @Component of their own feature package") {
                    @Override
                    public void check(JavaClass controller, ConditionEvents events) {
                        List<JavaField> held = controller.getFields().stream()
                                .filter(f -> !f.getModifiers().contains(JavaModifier.STATIC)).toList();
                        boolean one = held.size() == 1 && held.get(0).getRawType().isAnnotatedWith(Component.class)
                                && held.get(0).getRawType().getPackageName().equals(controller.getPackageName());
                        if (!one) {
                            events.add(SimpleConditionEvent.violated(controller, controller.getName() + " holds " + held.stream()
                                    .map(f -> f.getRawType().getSimpleName()).toList() + " instead of one feature service"));
                        }
                    }
                })
                .check(MAIN);
    }

    @Test
    void theOpenApiDescriptionAndTheMappingsLiveOnTheApiInterface() {
        classes().that().areAnnotatedWith(RestController.class)
                .should(new ArchCondition<JavaClass>("implement an *Api interface of their own package") {
                    @Override
                    public void check(JavaClass controller, ConditionEvents events) {
                        boolean implementsApi = controller.getRawInterfaces().stream()
                                .anyMatch(i -> i.getSimpleName().endsWith("Api") && i.getPackageName().equals(controller.getPackageName()));
                        if (!implementsApi) {
                            events.add(SimpleConditionEvent.violated(controller, controller.getName() + " implements no *Api interface"));
                        }
                    }
                })
                .andShould().notBeMetaAnnotatedWith(RequestMapping.class)
                .check(MAIN);
        noMethods().that().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .should().beMetaAnnotatedWith(RequestMapping.class)
                .orShould().beMetaAnnotatedWith("io.swagger.v3.oas.annotations.Operation")
                .check(MAIN);
    }
}
