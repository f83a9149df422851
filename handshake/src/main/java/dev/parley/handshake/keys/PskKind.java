package dev.parley.handshake.keys;

/**
 * Where a PSK came from, which decides the label of its binder key (RFC 8446 §7.1): a resumption
 * PSK from a NewSessionTicket, or a PSK provisioned outside TLS.
 */
public enum PskKind {
    /** A PSK derived from a previous connection's resumption_master_secret (RFC 8446 §4.6.1). */
    RESUMPTION("res binder"),
    /** A PSK established externally. */
    EXTERNAL("ext binder");

    private final String binderLabel;

    PskKind(String binderLabel) {
        this.binderLabel = binderLabel;
    }

    /** The Derive-Secret label of the binder_key (RFC 8446 §7.1). */
    public String binderLabel() {
        return binderLabel;
    }
}
