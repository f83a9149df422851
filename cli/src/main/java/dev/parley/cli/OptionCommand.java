package dev.parley.cli;

import java.util.List;

/**
 * A command that reads options: {@code --help} anywhere shows its usage, anything else is the
 * command's own {@link #invocation}. The usage is the command's synopsis, then one line per option.
 */
abstract class OptionCommand implements Command {

    private final List<Option> options;

    OptionCommand(List<Option> options) {
        this.options = List.copyOf(options);
    }

    /** The usage text above the option list: the synopsis and an example. */
    abstract String synopsis();

    /** What to run for {@code args}, which did not ask for help; every mistake is a {@link UsageException}. */
    abstract Invocation invocation(Arguments args) throws UsageException;

    @Override
    public final String usage() {
        return synopsis() + Arguments.describe(options);
    }

    @Override
    public final Invocation parse(List<String> arguments) throws UsageException {
        Arguments args = arguments(arguments);
        return args.helpRequested() ? console -> HelpCommand.print(console, usage()) : invocation(args);
    }

    /** {@code arguments} read against this command's options. */
    final Arguments arguments(List<String> arguments) throws UsageException {
        return Arguments.parse(arguments, options, usage());
    }
}
