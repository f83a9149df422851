package dev.parley.cli;

import java.io.IOException;
import java.util.List;

/**
 * A command whose arguments become a request object before anything runs, so that tests can check
 * what a command line asks for without connecting anywhere.
 *
 * @param <R> the request
 */
abstract class RequestCommand<R> extends OptionCommand {

    RequestCommand(List<Option> options) {
        super(options);
    }

    /** The request {@code args} describe. */
    abstract R request(Arguments args) throws UsageException;

    /** Carries {@code request} out; returns the exit code. */
    abstract int run(Console console, R request) throws IOException;

    @Override
    final Invocation invocation(Arguments args) throws UsageException {
        R request = request(args);
        return console -> run(console, request);
    }

    /** The command line as a request; {@code null} when it asks for help. */
    final R read(List<String> arguments) throws UsageException {
        Arguments args = arguments(arguments);
        return args.helpRequested() ? null : request(args);
    }
}
