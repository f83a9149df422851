package dev.parley.handshake;

import dev.parley.record.AlertDescription;
import dev.parley.record.FailureReason;

/**
 * Failures the engine itself detects, around the records and the handshake states: what arrives
 * when, and how the connection ends.
 */
public enum EngineFailure implements FailureReason {

    /**
     * A record of a content type that is not acceptable at this point: application data before
     * the handshake completed, a handshake record after the peer closed, ... (RFC 8446 §5: "If a TLS
     * implementation receives an unexpected record type, it MUST terminate the connection with an
     * unexpected_message alert").
     */
    UNEXPECTED_RECORD(AlertDescription.UNEXPECTED_MESSAGE),

    /**
     * A change_cipher_spec record outside the window RFC 8446 §5 allows (after the first
     * ClientHello, before the peer's Finished) or with a value other than 0x01:
     * unexpected_message.
     */
    UNEXPECTED_CHANGE_CIPHER_SPEC(AlertDescription.UNEXPECTED_MESSAGE),

    /**
     * The peer ended the connection with an error alert. Nothing is sent in reply
     * (RFC 8446 §6.2); the alert is reported as a {@link PeerAlert}.
     */
    PEER_SENT_ERROR_ALERT(AlertDescription.CLOSE_NOTIFY) {
        @Override
        public boolean sendsAlert() {
            return false;
        }
    },

    /**
     * The peer sent close_notify before the handshake completed: the connection never carried
     * data and is over. Nothing is sent in reply.
     */
    CLOSED_DURING_HANDSHAKE(AlertDescription.CLOSE_NOTIFY) {
        @Override
        public boolean sendsAlert() {
            return false;
        }
    },

    /**
     * The peer's byte stream ended without close_notify: the data received may have been cut short
     * by an attacker (RFC 8446 §6.1: truncation). Reported distinctly; nothing is sent.
     */
    TRUNCATED(AlertDescription.CLOSE_NOTIFY) {
        @Override
        public boolean sendsAlert() {
            return false;
        }
    },

    /** A state machine step failed in a way that is our own fault, not the peer's. */
    INTERNAL(AlertDescription.INTERNAL_ERROR);

    private final AlertDescription alert;

    EngineFailure(AlertDescription alert) {
        this.alert = alert;
    }

    @Override
    public AlertDescription alert() {
        return alert;
    }
}
