package dev.parley.x509.der;

import dev.parley.crypto.Bytes;
import java.util.Objects;

/**
 * One whole DER element as it arrived: its tag and its encoding, header included. Kept where the
 * exact octets matter (the signed TBSCertificate, an AttributeValue, algorithm parameters) or where
 * the type is not known in advance (ASN.1 {@code ANY}).
 *
 * @param tag the element's tag
 * @param encoded the whole element: identifier, length and content octets
 * @param headerLength how many leading octets of {@code encoded} are identifier and length
 */
public record DerValue(DerTag tag, Bytes encoded, int headerLength) {

    public DerValue {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(encoded, "encoded");
        if (headerLength < 2 || headerLength > encoded.length()) {
            throw new IllegalArgumentException("header length " + headerLength + " of a " + encoded.length() + "-octet element");
        }
    }

    /** The element with tag {@code tag} and content {@code content}, encoded here. */
    public static DerValue of(DerTag tag, Bytes content) {
        byte[] encoded = DerWriter.encode(w -> w.element(tag, content));
        return new DerValue(tag, Bytes.wrap(encoded), encoded.length - content.length());
    }

    /** The content octets, without identifier and length. */
    public Bytes content() {
        return encoded.slice(headerLength, encoded.length());
    }

    /** A fresh reader over this element alone, as a complete DER input. */
    public DerReader reader() {
        return DerReader.over(encoded.toByteArray(), 0);
    }

    @Override
    public String toString() {
        return tag + " " + encoded;
    }
}
