package dev.parley.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Objects;

/**
 * The streams a command talks through: the process's own in {@link Main}, byte streams in tests.
 *
 * @param in what the user types or pipes in ({@code client} and {@code server} relay it)
 * @param out data: what the peer sent, the demo's report, the verify verdict
 * @param err the connection summary, warnings and errors
 */
public record Console(InputStream in, PrintStream out, PrintStream err) {

    public Console {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    /** The process's standard streams. */
    public static Console system() {
        return new Console(System.in, System.out, System.err);
    }
}
