package dev.parley.cli;

import java.util.List;

/** One subcommand of {@code parley}: its name, its usage text, and how it reads its arguments. */
interface Command {

    /** The word that selects it: {@code demo}, {@code client}, ... */
    String name();

    /** One line for {@code parley help}. */
    String summary();

    /** The usage text: synopsis, then one line per option. */
    String usage();

    /**
     * Reads {@code arguments} (those after the command's name) without touching any file or the
     * network; every mistake is a {@link UsageException}.
     */
    Invocation parse(List<String> arguments) throws UsageException;
}
