package org.nodelab;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The import rules of docs' architecture picture, checked over the compiled main classes. Layers, bottom up:
 * ode, model (systems, model), core (train, dynamics, io), session, the two front ends (app and cli, which
 * do not use each other), and Main on top. A layer may use any layer below it, never one above. Layers whose
 * packages do not exist yet are optional. In the app, the live views are plug-ins that do not know each other.
 */
@AnalyzeClasses(packages = "org.nodelab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule only_the_app_uses_javafx = noClasses()
            .that().resideOutsideOfPackage("org.nodelab.app..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("JavaFX belongs to the desktop app only; the command line and the engine must run headless");

    @ArchTest
    static final ArchRule only_the_command_line_writes_to_the_standard_streams = noClasses()
            .that().resideOutsideOfPackage("org.nodelab.cli..")
            .should(com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("stdout carries exactly one JSON object per command, so a stray print anywhere else breaks "
                    + "every script that pipes it; commands elsewhere (the window's screenshot and bench ui) print "
                    + "through picocli's writers, and everything else logs through SLF4J");

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

    /** Where the app's live views live; {@code common} holds what they share (the base, frame, style, palette). */
    private static final String VIEWS = "org.nodelab.app.views";
    private static final String VIEWS_COMMON = VIEWS + ".common";

    @ArchTest
    static final ArchRule views_do_not_depend_on_each_other = classes()
            .that().resideInAPackage(VIEWS + "..")
            .should(dependOnNoOtherView())
            .because("a live view is a plug-in: it is its own file (or its own subpackage, as the state space is) "
                    + "plus one line in the dashboard's registration list, so removing or changing one view must "
                    + "not touch another; what views share belongs in " + VIEWS_COMMON)
            .allowEmptyShould(true);

    /**
     * A view is a top-level class directly in {@value #VIEWS} (with its nested classes), or a whole subpackage of
     * it other than {@code common}. A class in the views may use its own view and the common package only.
     */
    private static ArchCondition<JavaClass> dependOnNoOtherView() {
        return new ArchCondition<>("depend on no other view") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = view(origin);
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    String target = view(d.getTargetClass().getBaseComponentType());
                    if (target != null && !target.equals(own)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    /** The view a class belongs to, or null for a class outside the views (the common package included). */
    private static String view(JavaClass c) {
        String pkg = c.getPackageName();
        if (pkg.equals(VIEWS)) {
            return c.getName().replaceAll("\\$.*", "");
        }
        if (pkg.startsWith(VIEWS + ".") && !pkg.equals(VIEWS_COMMON) && !pkg.startsWith(VIEWS_COMMON + ".")) {
            String rest = pkg.substring(VIEWS.length() + 1);
            int dot = rest.indexOf('.');
            return VIEWS + "." + (dot < 0 ? rest : rest.substring(0, dot));
        }
        return null;
    }
}
