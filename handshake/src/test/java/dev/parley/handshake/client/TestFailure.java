package dev.parley.handshake.client;

import dev.parley.record.AlertDescription;
import dev.parley.record.FailureReason;

/** Refusals a test PeerVerifier gives, each with the alert a real verifier would choose. */
enum TestFailure implements FailureReason {
    /** The chain is not the pinned one. */
    NOT_PINNED(AlertDescription.BAD_CERTIFICATE),
    /** No trust anchor issued the chain. */
    UNKNOWN_ISSUER(AlertDescription.UNKNOWN_CA),
    /** The leaf has expired. */
    EXPIRED(AlertDescription.CERTIFICATE_EXPIRED);

    private final AlertDescription alert;

    TestFailure(AlertDescription alert) {
        this.alert = alert;
    }

    @Override
    public AlertDescription alert() {
        return alert;
    }
}
