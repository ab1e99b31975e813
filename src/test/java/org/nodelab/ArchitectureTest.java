package org.nodelab;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The import rules of docs' architecture picture, checked over the compiled main classes. Layers, bottom up:
 * ode, model (systems, model), core (train, dynamics, io), session, the two front ends (app and cli, which
 * do not use each other), and Main on top. A layer may use any layer below it, never one above. Layers whose
 * packages do not exist yet are optional.
 */
@AnalyzeClasses(packages = "org.nodelab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule only_the_app_uses_javafx = noClasses()
            .that().resideOutsideOfPackage("org.nodelab.app..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("JavaFX belongs to the desktop app only; the command line and the engine must run headless");

    @ArchTest
    static final ArchRule ode_depends_on_nothing_else_in_nodelab = noClasses()
            .that().resideInAPackage("org.nodelab.ode..")
            .should().dependOnClassesThat(resideInAPackage("org.nodelab..")
                    .and(resideOutsideOfPackage("org.nodelab.ode..")))
            .because("the ODE engine knows nothing about models, training or user interfaces")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule no_family_switch_outside_the_registry = noClasses()
            .that().resideOutsideOfPackage("org.nodelab.model.family..")
            .should().dependOnClassesThat(resideInAPackage("org.nodelab.model.family..")
                    .and(not(simpleName("ModelFamilies"))))
            .because("a family is one plug-in class plus one registry line: code elsewhere asks the family "
                    + "(knobs, state names, layout), never names one or casts to its field");

    @ArchTest
    static final ArchRule layers_only_use_layers_below = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .optionalLayer("Ode").definedBy("org.nodelab.ode..")
            .optionalLayer("Model").definedBy("org.nodelab.systems..", "org.nodelab.model..")
            .optionalLayer("Core").definedBy("org.nodelab.train..", "org.nodelab.dynamics..", "org.nodelab.io..")
            .optionalLayer("Session").definedBy("org.nodelab.session..")
            .optionalLayer("App").definedBy("org.nodelab.app..")
            .optionalLayer("Cli").definedBy("org.nodelab.cli..")
            .optionalLayer("Main").definedBy("org.nodelab")
            .whereLayer("Main").mayNotBeAccessedByAnyLayer()
            .whereLayer("Main").mayOnlyAccessLayers("App", "Cli")
            .whereLayer("App").mayOnlyBeAccessedByLayers("Main")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Main")
            .whereLayer("Session").mayOnlyBeAccessedByLayers("App", "Cli")
            .whereLayer("Core").mayOnlyBeAccessedByLayers("Session", "App", "Cli")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("Core", "Session", "App", "Cli")
            .whereLayer("Ode").mayOnlyBeAccessedByLayers("Model", "Core", "Session", "App", "Cli");
}
