package org.nodelab.dynamics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The analysis layer must stay usable from the CLI and tests: no UI, no training, no I/O layers. */
class DynamicsDependenciesTest {

    @Test
    void dynamicsDependsOnlyOnTheEngineTheJdkAndHipparchus() {
        JavaClasses dynamics = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.nodelab.dynamics");
        classes().that().resideInAPackage("org.nodelab.dynamics")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("org.nodelab.dynamics", "org.nodelab.ode", "java..", "org.hipparchus..")
                .check(dynamics);
    }
}
