package dev.parley.x509;

import java.time.Instant;
import java.util.Objects;

/**
 * The interval in which a certificate may be used (RFC 5280 §4.1.2.5:
 * {@code Validity ::= SEQUENCE { notBefore Time, notAfter Time }}), both ends included.
 *
 * @param notBefore the first second of validity
 * @param notAfter the last second of validity
 */
public record Validity(Instant notBefore, Instant notAfter) {

    public Validity {
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
    }

    /**
     * Whether {@code time} lies in the interval. The encoded times have whole seconds, and the
     * comparison is at that granularity: {@code time} is truncated to its second first, so a
     * certificate is valid through the whole of its notAfter second (RFC 5280 §4.1.2.5 gives the
     * interval as inclusive; x509-limbo's notafter-fractional case states the web PKI's reading).
     */
    public boolean contains(Instant time) {
        Instant second = Instant.ofEpochSecond(time.getEpochSecond());
        return !second.isBefore(notBefore) && !second.isAfter(notAfter);
    }
}
