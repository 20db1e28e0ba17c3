package nl.competentiekompas.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps every module's {@code internal} packages private to that module, also where the modules meet on the
 * class path (the runnable jar), and keeps the arrows of DESIGN.md pointing one way.
 */
class ModuleBoundaryTests {

    private static JavaClasses all;

    @BeforeAll
    static void importAll() {
        all = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.competentiekompas");
    }

    static Stream<String> modules() {
        return Stream.of("core", "io", "report", "testkit", "examples");
    }

    @ParameterizedTest
    @MethodSource("modules")
    void internalPackagesAreUsedOnlyInsideTheirModule(String module) {
        String base = "nl.competentiekompas." + module;
        noClasses().that().resideOutsideOfPackage(base + "..")
                .should().dependOnClassesThat().resideInAPackage(base + ".internal..")
                .allowEmptyShould(true)
                .check(all);
    }

    @ParameterizedTest
    @MethodSource("libraries")
    void librariesDoNotDependOnEachOtherOrOnTheTool(String module) {
        String base = "nl.competentiekompas." + module;
        noClasses().that().resideInAPackage(base + "..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        Stream.of("io", "report", "testkit", "examples").filter(m -> !m.equals(module))
                                .map(m -> "nl.competentiekompas." + m + "..").toArray(String[]::new))
                .allowEmptyShould(true)
                .check(all);
    }

    static Stream<String> libraries() {
        return Stream.of("core", "io", "report", "testkit");
    }
}
