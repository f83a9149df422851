package dev.parley.cli;

import java.util.Arrays;
import java.util.List;

/**
 * The whole command line: the first word picks the {@link Command}, which reads the rest. Parsing
 * touches no file and no network, so {@link #parse} can take any argument array, and either
 * returns an {@link Invocation} or throws a {@link UsageException}.
 */
public final class CommandLine {

    private static final List<Command> COMMANDS = List.of(new DemoCommand(), new ClientCommand(),
            new ServerCommand(), new VerifyCommand(), new CertCommand());

    private CommandLine() {
    }

    /** Reads {@code arguments}, as {@code main} receives them. */
    public static Invocation parse(String... arguments) throws UsageException {
        HelpCommand help = new HelpCommand(COMMANDS);
        if (arguments.length == 0) {
            throw new UsageException("no command given", help.overview());
        }
        String name = arguments[0];
        List<String> rest = Arrays.asList(arguments).subList(1, arguments.length);
        if (name.equals(help.name()) || name.equals("--help") || name.equals("-h")) {
            return help.parse(rest);
        }
        for (Command command : COMMANDS) {
            if (command.name().equals(name)) {
                return command.parse(rest);
            }
        }
        throw new UsageException("unknown command '" + Arguments.printable(name) + "'", help.overview());
    }
}
