package dev.parley.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments, read against the options it declares: {@code --name value},
 * {@code --name=value}, flags, and the positional arguments in between; {@code --} ends the
 * options. {@code -h} or {@code --help} anywhere asks for the usage instead.
 *
 * <p>Every mistake is a {@link UsageException} with one line that names the option and what was
 * wrong, carrying the command's usage; nothing else escapes, whatever the input.
 */
final class Arguments {

    private final Map<String, List<String>> given;
    private final List<String> positionals;
    private final boolean help;
    private final String usage;

    private Arguments(Map<String, List<String>> given, List<String> positionals, boolean help, String usage) {
        this.given = given;
        this.positionals = positionals;
        this.help = help;
        this.usage = usage;
    }

    /** Reads {@code arguments} against {@code options}; {@code usage} goes into every error. */
    static Arguments parse(List<String> arguments, List<Option> options, String usage) throws UsageException {
        Map<String, Option> byName = new LinkedHashMap<>();
        options.forEach(o -> byName.put(o.name(), o));
        Map<String, List<String>> given = new LinkedHashMap<>();
        List<String> positionals = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (optionsEnded || argument.equals("-") || !argument.startsWith("-")) {
                positionals.add(argument);
                continue;
            }
            if (argument.equals("--")) {
                optionsEnded = true;
                continue;
            }
            if (argument.equals("-h") || argument.equals("--help")) {
                return new Arguments(Map.of(), List.of(), true, usage);
            }
            if (!argument.startsWith("--")) {
                throw new UsageException("unknown option " + printable(argument) + " (options start with --)", usage);
            }
            int equals = argument.indexOf('=');
            String name = argument.substring(2, equals < 0 ? argument.length() : equals);
            Option option = byName.get(name);
            if (option == null) {
                throw new UsageException("unknown option --" + printable(name), usage);
            }
            List<String> values = given.computeIfAbsent(name, n -> new ArrayList<>());
            if (!values.isEmpty() && !option.repeatable()) {
                throw new UsageException("--" + name + " is given twice", usage);
            }
            if (!option.takesValue()) {
                if (equals >= 0) {
                    throw new UsageException("--" + name + " takes no value", usage);
                }
                values.add("");
            } else if (equals >= 0) {
                values.add(argument.substring(equals + 1));
            } else if (i + 1 < arguments.size()) {
                values.add(arguments.get(++i));
            } else {
                throw new UsageException(option.synopsis() + ": the value is missing", usage);
            }
        }
        return new Arguments(given, positionals, false, usage);
    }

    /** Whether {@code -h}/{@code --help} was given. */
    boolean helpRequested() {
        return help;
    }

    /** A usage error carrying this command's usage. */
    UsageException error(String message) {
        return new UsageException(message, usage);
    }

    boolean flag(String name) {
        return given.containsKey(name);
    }

    Optional<String> value(String name) {
        List<String> values = given.getOrDefault(name, List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    /** Every value of a repeatable option, in order. */
    List<String> values(String name) {
        return List.copyOf(given.getOrDefault(name, List.of()));
    }

    List<String> positionals() {
        return List.copyOf(positionals);
    }

    /** Exactly {@code count} positional arguments, described as {@code what} in the error. */
    List<String> positionals(int count, String what) throws UsageException {
        if (positionals.size() < count) {
            throw error("missing " + what);
        }
        if (positionals.size() > count) {
            throw error("unexpected argument '" + printable(positionals.get(count)) + "'");
        }
        return positionals();
    }

    /** A value that must be given. */
    String required(String name) throws UsageException {
        return value(name).orElseThrow(() -> error("--" + name + " is required"));
    }

    /** The value as a whole number from {@code min} to {@code max}. */
    Optional<Integer> integer(String name, int min, int max) throws UsageException {
        Optional<String> text = value(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            int number = Integer.parseInt(text.get().strip());
            if (number >= min && number <= max) {
                return Optional.of(number);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error("--" + name + " takes a number from " + min + " to " + max + ", not '" + printable(text.get()) + "'");
    }

    /** The value as a file path. */
    Optional<Path> path(String name) throws UsageException {
        Optional<String> text = value(name);
        return text.isEmpty() ? Optional.empty() : Optional.of(toPath("--" + name, text.get()));
    }

    /** {@code text} as a path; {@code what} names it in the error. */
    Path toPath(String what, String text) throws UsageException {
        if (text.isEmpty()) {
            throw error(what + ": the file name is empty");
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw error(what + ": '" + printable(text) + "' is not a file name here");
        }
    }

    /** The value, which must be one of {@code choices}. */
    Optional<String> choice(String name, Set<String> choices) throws UsageException {
        Optional<String> text = value(name);
        if (text.isPresent() && !choices.contains(text.get())) {
            throw error("--" + name + " takes one of " + String.join(", ", new java.util.TreeSet<>(choices))
                    + ", not '" + printable(text.get()) + "'");
        }
        return text;
    }

    /** The value as a comma-separated list without empty elements. */
    List<String> list(String name) throws UsageException {
        Optional<String> text = value(name);
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : text.get().split(",", -1)) {
            if (item.isBlank()) {
                throw error("--" + name + ": empty element in '" + printable(text.get()) + "'");
            }
            items.add(item.strip());
        }
        return List.copyOf(items);
    }

    /** {@code text} shortened and with control characters escaped, for a one-line error. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(80).forEach(c -> {
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                out.append(String.format("\\x%02x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > 80 ? out + "..." : out.toString();
    }

    /** The usage lines of {@code options}, aligned. */
    static String describe(List<Option> options) {
        int width = options.stream().mapToInt(o -> o.synopsis().length()).max().orElse(0);
        StringBuilder text = new StringBuilder();
        for (Option option : options) {
            text.append("  ").append(String.format("%-" + width + "s", option.synopsis())).append("  ")
                    .append(option.help()).append('\n');
        }
        return text.toString();
    }
}
