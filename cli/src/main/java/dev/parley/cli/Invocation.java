package dev.parley.cli;

import java.io.IOException;

/** A command with its arguments parsed, ready to run; returns the process's exit code. */
@FunctionalInterface
public interface Invocation {

    /**
     * Runs against {@code console}.
     *
     * @return the exit code: 0 on success, 1 when the work failed (e.g. {@code verify} refused the chain)
     * @throws IOException when a connection or a file failed; {@link Main} prints its message, exit code 1
     */
    int run(Console console) throws IOException;
}
