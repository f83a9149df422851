package dev.parley.handshake.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.record.AlertDescription;
import dev.parley.record.FailureReason;
import dev.parley.record.TlsException;
import org.junit.jupiter.api.function.Executable;

/** Asserts that a step fails with the reason and alert RFC 8446 assigns. */
final class Failures {

    private Failures() {
    }

    /** {@code step} throws a TlsException with {@code reason}, which earns {@code alert}. */
    static TlsException assertFails(FailureReason reason, AlertDescription alert, Executable step) {
        TlsException failure = assertThrows(TlsException.class, step);
        assertEquals(reason, failure.reason(), failure.getMessage());
        assertEquals(alert, failure.alert(), failure.getMessage());
        return failure;
    }
}
