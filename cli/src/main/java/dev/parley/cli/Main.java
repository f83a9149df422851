package dev.parley.cli;

import dev.parley.ParleyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;

/**
 * The {@code parley} program: reads the command line, runs the command, and turns every outcome
 * into an exit code and at most one line of error: 0 success, 1 a failed connection, file or
 * check (the {@link ParleyException}'s message already says what happened and what to do),
 * 2 bad arguments (with the usage). It never prints a stack trace, unless the debug switch
 * ({@code PARLEY_DEBUG} or {@code -Dparley.debug}) is on and the failure is Parley's own bug.
 */
public final class Main {

    /** Bad arguments. */
    static final int USAGE = 2;
    /** The work failed. */
    static final int FAILED = 1;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, Console.system()));
    }

    /** Runs {@code args} against {@code console}; returns the exit code. */
    public static int run(String[] args, Console console) {
        Invocation invocation;
        try {
            invocation = CommandLine.parse(args);
        } catch (UsageException e) {
            console.err().println("parley: " + e.getMessage());
            console.err().print(e.usage());
            console.err().flush();
            return USAGE;
        }
        try {
            return invocation.run(console);
        } catch (IOException e) {
            console.err().println("parley: " + describe(e));
        } catch (UncheckedIOException e) {
            console.err().println("parley: " + describe(e.getCause()));
        } catch (RuntimeException e) {
            console.err().println("parley: internal error: " + e + " (please report it; PARLEY_DEBUG=1 shows where)");
            if (debugging()) {
                e.printStackTrace(console.err());
            }
        } finally {
            console.out().flush();
            console.err().flush();
        }
        return FAILED;
    }

    /** One line for an I/O failure: Parley's messages as they are, Java's with what they concern. */
    static String describe(IOException e) {
        if (e instanceof ParleyException) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return e.getMessage() + ": no such file";
        }
        if (e instanceof FileAlreadyExistsException) {
            return e.getMessage() + " already exists; remove it or choose another name";
        }
        if (e instanceof AccessDeniedException) {
            return e.getMessage() + ": permission denied";
        }
        String message = e.getMessage();
        if (e.getClass() == IOException.class && message != null) {
            return message;
        }
        String kind = e.getClass().getSimpleName().replaceAll("(Exception)$", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(java.util.Locale.ROOT);
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }

    private static boolean debugging() {
        String level = System.getProperty("parley.debug", System.getenv("PARLEY_DEBUG"));
        return level != null && !level.isBlank() && !level.strip().equals("0");
    }
}
