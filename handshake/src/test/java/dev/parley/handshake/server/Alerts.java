package dev.parley.handshake.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.record.AlertDescription;
import dev.parley.record.FailureReason;
import dev.parley.record.TlsException;
import org.junit.jupiter.api.function.Executable;

/** Asserts that a step fails with exactly the reason and the alert a test names. */
final class Alerts {

    private Alerts() {
    }

    static TlsException assertAlert(FailureReason reason, AlertDescription alert, Executable step) {
        TlsException failure = assertThrows(TlsException.class, step);
        assertEquals(reason, failure.reason(), () -> "failed for another reason: " + failure.detail());
        assertEquals(alert, failure.alert(), "the alert RFC 8446 names");
        return failure;
    }
}
