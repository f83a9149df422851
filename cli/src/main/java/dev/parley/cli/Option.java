package dev.parley.cli;

import java.util.Objects;

/**
 * One {@code --name} a command accepts.
 *
 * @param name the option's name without the dashes
 * @param valueName how the usage names its value ({@code FILE}, {@code N}); empty for a flag
 * @param repeatable whether it may be given more than once (each value is kept)
 * @param help one line for the usage text
 */
record Option(String name, String valueName, boolean repeatable, String help) {

    Option {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(valueName, "valueName");
        Objects.requireNonNull(help, "help");
    }

    /** An option with a value, given at most once. */
    static Option value(String name, String valueName, String help) {
        return new Option(name, valueName, false, help);
    }

    /** An option with a value that may be given again for more values. */
    static Option repeatable(String name, String valueName, String help) {
        return new Option(name, valueName, true, help);
    }

    /** An option without a value. */
    static Option flag(String name, String help) {
        return new Option(name, "", false, help);
    }

    boolean takesValue() {
        return !valueName.isEmpty();
    }

    /** The option as the usage text shows it: {@code --ca FILE|DIR}. */
    String synopsis() {
        return "--" + name + (takesValue() ? " " + valueName : "");
    }
}
