package dev.parley.cli;

/**
 * The arguments were wrong: the message says how in one line, and {@link #usage()} is the usage
 * text of the command concerned. {@link Main} prints both and exits with code 2.
 */
public final class UsageException extends Exception {

    private final String usage;

    /** A usage error with its one-line {@code message} and the {@code usage} to print after it. */
    public UsageException(String message, String usage) {
        super(message);
        this.usage = usage;
    }

    /** The usage text of the command whose arguments were wrong. */
    public String usage() {
        return usage;
    }
}
