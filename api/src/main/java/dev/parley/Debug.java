package dev.parley;

import java.lang.System.Logger.Level;
import java.util.function.Supplier;

/**
 * Parley's debug output through {@link System.Logger} (logger {@code dev.parley}), in the levels
 * of IO::Socket::SSL's {@code $DEBUG}: 1 errors and the negotiated parameters, 2 also the call
 * flow (connect, handshake, close, STARTTLS), 3 also data sizes and dumps.
 *
 * <p>The level comes from the system property {@code parley.debug} or the environment variable
 * {@code PARLEY_DEBUG} (0 to 3; 0, the default, is silent). A message the switch asks for is
 * logged at INFO, so it shows with any logging setup; without the switch, messages still go out
 * at DEBUG (level 1) and TRACE (levels 2 and 3) to a logger configured to show those levels, and
 * a default setup stays silent, as IO::Socket::SSL does at level 0.
 */
final class Debug {

    private static final System.Logger LOGGER = System.getLogger("dev.parley");

    private Debug() {
    }

    /** The switch: {@code parley.debug}, else {@code PARLEY_DEBUG}, else 0; unreadable values count as 0. */
    static int level() {
        String value = System.getProperty("parley.debug");
        if (value == null) {
            value = System.getenv("PARLEY_DEBUG");
        }
        if (value == null) {
            return 0;
        }
        try {
            return Math.max(0, Math.min(3, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Logs {@code message} at debug level {@code verbosity} (1 to 3). */
    static void log(int verbosity, Supplier<String> message) {
        Level natural = verbosity == 1 ? Level.DEBUG : Level.TRACE;
        if (verbosity <= level()) {
            LOGGER.log(Level.INFO, () -> "DEBUG" + verbosity + ": " + message.get());
        } else if (LOGGER.isLoggable(natural)) {
            LOGGER.log(natural, message);
        }
    }

    /** Logs a security-relevant warning (always, at WARNING): disabled verification, a key log. */
    static void warn(String message) {
        LOGGER.log(Level.WARNING, message);
    }
}
