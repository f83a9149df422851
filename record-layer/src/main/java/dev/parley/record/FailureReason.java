package dev.parley.record;

/**
 * What went wrong, named after what the peer (or the input) did, and the alert it earns.
 *
 * <p>Each module has one enum of reasons that implements this: the wire codec's, the record
 * layer's, and later the handshake's. Naming reasons per module keeps the record layer free of
 * handshake vocabulary while every failure still carries exactly one alert (RFC 8446 §6.2).
 */
public interface FailureReason {

    /** The alert the engine sends for this failure. */
    AlertDescription alert();

    /** The constant's name, for logs ({@code TRAILING_BYTES}). */
    String name();

    /**
     * Whether the engine sends {@link #alert()} for this failure. True for everything we detect;
     * false where there is nobody to tell: the peer ended the connection itself with an error
     * alert (RFC 8446 §6.2: no alert is sent in reply) or its byte stream simply ended.
     */
    default boolean sendsAlert() {
        return true;
    }
}
