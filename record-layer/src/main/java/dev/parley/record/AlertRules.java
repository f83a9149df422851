package dev.parley.record;

/**
 * The closure and error rules of the alert protocol (RFC 8446 §6.1–§6.2, RFC 5246 §7.2),
 * as the two questions an engine asks: what does a received alert mean, and which alert does a
 * failure send.
 */
public final class AlertRules {

    private AlertRules() {
    }

    /**
     * Judges an alert the peer sent on a connection that speaks {@code version} (TLS 1.3, or
     * TLS 1.2 rules for anything else, including before negotiation, when every record still has
     * the TLS 1.2 form).
     *
     * @throws TlsException when the alert itself breaks the rules: an unknown level in TLS 1.2
     *         ({@link RecordFailure#UNKNOWN_ALERT_LEVEL}) or a non-closure warning in TLS 1.3
     *         ({@link RecordFailure#WARNING_ALERT_IN_TLS13})
     */
    public static AlertDisposition onReceive(Alert alert, ProtocolVersion version) throws TlsException {
        return ProtocolVersion.TLS13.equals(version) ? onReceiveTls13(alert) : onReceiveTls12(alert);
    }

    private static AlertDisposition onReceiveTls13(Alert alert) throws TlsException {
        // RFC 8446 §6: "the severity is implicit in the type of alert being sent, and the 'level'
        // field can safely be ignored" -- except for the one case every implementation rejects.
        if (alert.description().equals(AlertDescription.CLOSE_NOTIFY)) {
            return AlertDisposition.READ_SIDE_CLOSED;
        }
        if (alert.description().equals(AlertDescription.USER_CANCELED)) {
            return AlertDisposition.CONTINUE;
        }
        if (alert.level().equals(AlertLevel.WARNING)) {
            // RFC 8446 §6.2: error alerts are errors "regardless of the AlertLevel in the message".
            throw new TlsException(RecordFailure.WARNING_ALERT_IN_TLS13,
                    "TLS 1.3 has no warning-level " + alert.description());
        }
        return AlertDisposition.CONNECTION_FAILED;
    }

    private static AlertDisposition onReceiveTls12(Alert alert) throws TlsException {
        if (alert.level().equals(AlertLevel.FATAL)) {
            // RFC 5246 §7.2: a fatal alert ends the connection, whatever it describes.
            return AlertDisposition.CONNECTION_FAILED;
        }
        if (!alert.level().equals(AlertLevel.WARNING)) {
            throw new TlsException(RecordFailure.UNKNOWN_ALERT_LEVEL, "alert level " + alert.level().code());
        }
        if (alert.description().equals(AlertDescription.CLOSE_NOTIFY)) {
            // RFC 5246 §7.2.1: respond with close_notify and close down immediately.
            return AlertDisposition.CONNECTION_CLOSING;
        }
        // RFC 5246 §7.2.2: after a warning "generally the connection can continue normally".
        return AlertDisposition.CONTINUE;
    }

    /**
     * The alert the engine sends for {@code failure}: its reason's description, at warning level
     * for the closure reasons (close_notify) and at fatal level for every error (RFC 8446 §6.2).
     * After sending an error alert the engine closes without sending or receiving anything more
     * (RFC 8446 §6.2); after close_notify it only stops writing (RFC 8446 §6.1).
     */
    public static Alert toSend(TlsException failure) {
        return Alert.toSend(failure.alert());
    }
}
