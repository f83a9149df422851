package dev.parley.record;

/**
 * What a received alert means for the connection; {@link AlertRules#onReceive} decides it.
 * The engine acts on it: it never sends an alert in answer to an error alert.
 */
public enum AlertDisposition {

    /**
     * TLS 1.3 close_notify: the peer will send nothing more, and anything that still arrives is
     * ignored. Our own writing is unaffected until we close it with our own close_notify
     * (RFC 8446 §6.1: the alert "does not have any effect on its read side").
     */
    READ_SIDE_CLOSED,

    /**
     * TLS 1.2 close_notify: answer with a close_notify of our own at once, discard pending
     * writes and close (RFC 5246 §7.2.1: "The other party MUST respond with a close_notify alert
     * of its own and close down the connection immediately, discarding any pending writes").
     */
    CONNECTION_CLOSING,

    /**
     * A warning the connection survives: user_canceled (RFC 8446 §6.1, which should be followed
     * by close_notify), or any TLS 1.2 warning (RFC 5246 §7.2.2: "generally the connection can
     * continue normally").
     */
    CONTINUE,

    /**
     * An error alert: the connection is over. Close at once and send nothing, not even an alert
     * (RFC 8446 §6.2: "Upon transmission or receipt of a fatal alert message, both parties MUST
     * immediately close the connection"; RFC 5246 §7.2 likewise).
     */
    CONNECTION_FAILED
}
