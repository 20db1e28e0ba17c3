package nl.competentiekompas.examples;

import nl.competentiekompas.core.catalog.Attribution;
import nl.competentiekompas.core.catalog.Catalog;
import nl.competentiekompas.core.catalog.Catalogs;
import nl.competentiekompas.core.catalog.CompetencyTarget;
import nl.competentiekompas.core.catalog.Language;
import nl.competentiekompas.core.catalog.Responsibility;
import nl.competentiekompas.core.catalog.RoleProfile;
import nl.competentiekompas.core.catalog.TaskDomain;

/**
 * Example: embed the bundled catalog and print one role profile — the healthcare CISO — with its tasks per task
 * domain, its competency targets and the credit the catalog's sources ask for.
 *
 * <p>Run it with {@code java -cp compass-examples/target/compass.jar
 * nl.competentiekompas.examples.PrintProfileExample}.
 */
public final class PrintProfileExample {

    private PrintProfileExample() {
    }

    /**
     * Prints the healthcare CISO profile in English.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        // The bundled catalog: every profile, competency and source, loaded once and immutable.
        Catalog catalog = Catalogs.builtIn();
        RoleProfile ciso = catalog.requireProfile(Catalogs.CISO_HEALTHCARE);
        Language en = Language.EN;

        System.out.println(ciso.name().in(en) + " [" + ciso.id() + "]");
        System.out.println(ciso.summary().in(en));

        // Tasks and responsibilities, grouped by task domain, each with its level.
        for (TaskDomain domain : TaskDomain.values()) {
            if (ciso.responsibilities(domain).isEmpty()) {
                continue;
            }
            System.out.println();
            System.out.println(domain.label().in(en));
            for (Responsibility task : ciso.responsibilities(domain)) {
                System.out.println("  - " + task.text().in(en) + " (" + task.level().label().in(en) + ")");
            }
        }

        // Competencies with the target level on the profile's scale; "start here" marks where someone who
        // holds the role as a side job begins.
        System.out.println();
        System.out.println("Competencies (target level)");
        for (CompetencyTarget target : ciso.competencyTargets()) {
            String name = catalog.competency(target.competency()).orElseThrow().name().in(en);
            System.out.println("  - " + name + ": " + target.target() + (target.startHere() ? " (start here)" : ""));
        }

        // The sources ask to be credited wherever the catalog is shown.
        for (Attribution attribution : catalog.attributions()) {
            System.out.println();
            System.out.println(attribution.text().in(en));
        }
    }
}
