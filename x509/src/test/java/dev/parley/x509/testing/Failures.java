package dev.parley.x509.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;

/** Assertions about how a parser fails. */
public final class Failures {

    /** A parse step that may fail with the module's exception. */
    @FunctionalInterface
    public interface Parse {
        Object run() throws X509Exception;
    }

    private Failures() {
    }

    /** Asserts that {@code parse} fails with {@code reason}, and returns the exception. */
    public static X509Exception assertFails(X509Failure reason, Parse parse) {
        try {
            Object value = parse.run();
            return fail("expected " + reason + " but parsed " + value);
        } catch (X509Exception e) {
            assertEquals(reason, e.reason(), () -> "wrong reason: " + e.getMessage());
            return e;
        }
    }

    /**
     * Runs {@code parse} on hostile input: a value or an {@link X509Exception} are both fine, any
     * other exception is a bug and fails the test with its stack trace.
     */
    public static void assertValueOrX509Exception(Parse parse) {
        try {
            parse.run();
        } catch (X509Exception expected) {
            // the only failure a parser may produce
        } catch (RuntimeException | Error e) {
            throw new AssertionError("parser threw " + e + " instead of X509Exception", e);
        }
    }
}
