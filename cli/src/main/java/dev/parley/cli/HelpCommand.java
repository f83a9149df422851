package dev.parley.cli;

import java.util.List;

/** {@code parley help [COMMAND]}: the list of commands, or one command's usage. */
final class HelpCommand implements Command {

    private final List<Command> commands;

    HelpCommand(List<Command> commands) {
        this.commands = List.copyOf(commands);
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String summary() {
        return "this text, or a command's usage: parley help client";
    }

    @Override
    public String usage() {
        return overview();
    }

    /** The program's usage: what it is and its commands. */
    String overview() {
        StringBuilder text = new StringBuilder();
        text.append("usage: parley COMMAND [OPTIONS]   (parley COMMAND --help for its options)\n\n");
        text.append("Parley's TLS 1.3 stack on the command line.\n\n");
        for (Command command : commands) {
            text.append(String.format("  %-7s %s%n", command.name(), command.summary()));
        }
        text.append(String.format("  %-7s %s%n", name(), summary()));
        text.append("\nPARLEY_DEBUG=1..3 (or -Dparley.debug) shows what the TLS stack does; "
                + "SSLKEYLOGFILE=FILE writes the keys for Wireshark.\n");
        return text.toString();
    }

    @Override
    public Invocation parse(List<String> arguments) throws UsageException {
        if (arguments.isEmpty() || arguments.get(0).equals("-h") || arguments.get(0).equals("--help")) {
            return console -> print(console, overview());
        }
        if (arguments.size() > 1) {
            throw new UsageException("help takes one command name, not '" + Arguments.printable(arguments.get(1)) + "'",
                    overview());
        }
        for (Command command : commands) {
            if (command.name().equals(arguments.get(0))) {
                return console -> print(console, command.usage());
            }
        }
        throw new UsageException("unknown command '" + Arguments.printable(arguments.get(0)) + "'", overview());
    }

    static int print(Console console, String text) {
        console.out().print(text);
        console.out().flush();
        return 0;
    }
}
