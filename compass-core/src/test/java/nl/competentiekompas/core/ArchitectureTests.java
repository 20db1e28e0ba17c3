package nl.competentiekompas.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layering of DESIGN.md: the core needs only the JDK, and its packages form no cycle. */
class ArchitectureTests {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.competentiekompas.core");
    }

    @Test
    void coreDependsOnlyOnTheJdk() {
        classes().that().resideInAPackage("nl.competentiekompas.core..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("nl.competentiekompas.core..", "java..", "org.jspecify.annotations..")
                .check(core);
    }

    @Test
    void corePackagesFormNoCycle() {
        slices().matching("nl.competentiekompas.core.(**)").should().beFreeOfCycles().check(core);
    }

    @Test
    void theRootPackageHoldsOnlyExceptions() {
        classes().that().resideInAPackage("nl.competentiekompas.core").and().doNotHaveSimpleName("package-info")
                .should().beAssignableTo(RuntimeException.class)
                .check(core);
    }
}
