package nl.competentiekompas.examples.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;

/**
 * {@code --quiet}: batch work shows a progress bar on standard error when it is attached to a terminal, and
 * nothing otherwise or when quiet.
 */
final class ProgressOption {

    @CommandLine.Option(names = {"-q", "--quiet"}, description = "Show no progress bar.")
    boolean quiet;

    /** One progress bar, or nothing. */
    interface Bar extends AutoCloseable {
        void step();

        @Override
        void close();
    }

    Bar start(PrintWriter err, String task, long total) {
        if (quiet || System.console() == null || total < 2) {
            return new Bar() {
                @Override
                public void step() {
                }

                @Override
                public void close() {
                }
            };
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                .build();
        return new Bar() {
            @Override
            public void step() {
                bar.step();
            }

            @Override
            public void close() {
                bar.close();
                err.flush();
            }
        };
    }
}
