package nl.competentiekompas.benchmarks;

/**
 * The bare hello-world whose start-up time {@link ColdStart} compares the command-line tool with.
 *
 * @since 0.1
 */
public final class Hello {

    private Hello() {
    }

    /**
     * Prints a greeting.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
