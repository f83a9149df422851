package dev.parley.crypto.bc;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Optional;

/**
 * An ECDSA signature (r, s) and its strict DER form, {@code Ecdsa-Sig-Value ::= SEQUENCE { r
 * INTEGER, s INTEGER }} (RFC 3279 §2.2.3), as TLS (RFC 8446 §4.2.3) and X.509 carry it.
 *
 * <p>Decoding accepts exactly one encoding per value (X.690 §10, DER): definite minimal lengths,
 * minimal positive integers, nothing after the sequence. Anything else is not a signature; the
 * decoder returns empty rather than throwing, because a verifier only answers yes or no.
 */
record EcdsaSignature(BigInteger r, BigInteger s) {

    private static final int SEQUENCE = 0x30;
    private static final int INTEGER = 0x02;

    /** DER encoding of the two integers. */
    byte[] encode() {
        byte[] rBytes = r.toByteArray();
        byte[] sBytes = s.toByteArray();
        int contentLength = 2 + rBytes.length + 2 + sBytes.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream(contentLength + 3);
        out.write(SEQUENCE);
        writeLength(out, contentLength);
        out.write(INTEGER);
        writeLength(out, rBytes.length);
        out.write(rBytes, 0, rBytes.length);
        out.write(INTEGER);
        writeLength(out, sBytes.length);
        out.write(sBytes, 0, sBytes.length);
        return out.toByteArray();
    }

    /**
     * Decodes a strict DER {@code Ecdsa-Sig-Value} whose r and s lie in [1, n-1] (FIPS 186-4
     * §6.4.2 step 1), or returns empty.
     */
    static Optional<EcdsaSignature> decode(byte[] der, BigInteger order) {
        Cursor in = new Cursor(der);
        if (in.next() != SEQUENCE) {
            return Optional.empty();
        }
        int contentLength = in.length();
        // The sequence must fill the input exactly: no trailing bytes.
        if (contentLength < 0 || contentLength != in.remaining()) {
            return Optional.empty();
        }
        BigInteger r = in.positiveInteger();
        BigInteger s = in.positiveInteger();
        if (r == null || s == null || in.remaining() != 0) {
            return Optional.empty();
        }
        if (r.compareTo(order) >= 0 || s.compareTo(order) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new EcdsaSignature(r, s));
    }

    private static void writeLength(ByteArrayOutputStream out, int length) {
        if (length >= 0x80) {
            out.write(0x81);
        }
        out.write(length);
    }

    /** A bounded read position; every read past the end yields -1 or null. */
    private static final class Cursor {

        private final byte[] data;
        private int position;

        Cursor(byte[] data) {
            this.data = data;
        }

        int remaining() {
            return data.length - position;
        }

        int next() {
            return position < data.length ? data[position++] & 0xff : -1;
        }

        /**
         * A DER length (X.690 §10.1): short form below 128, else 0x81 followed by a byte of at
         * least 128. Longer forms cannot occur: no Ecdsa-Sig-Value of Parley's curves reaches 256
         * bytes. Returns -1 for anything else.
         */
        int length() {
            int first = next();
            if (first < 0x80) {
                return first;
            }
            if (first == 0x81) {
                int value = next();
                return value >= 0x80 ? value : -1;
            }
            return -1;
        }

        /** A minimally encoded INTEGER greater than zero, or null (X.690 §8.3.2). */
        BigInteger positiveInteger() {
            if (next() != INTEGER) {
                return null;
            }
            int length = length();
            if (length <= 0 || length > remaining()) {
                return null;
            }
            int first = data[position] & 0xff;
            // A negative integer can be neither r nor s.
            if ((first & 0x80) != 0) {
                return null;
            }
            // X.690 §8.3.2: a leading zero octet is allowed only before an octet with its top bit set.
            if (first == 0 && (length == 1 || (data[position + 1] & 0x80) == 0)) {
                return null;
            }
            BigInteger value = new BigInteger(1, data, position, length);
            position += length;
            return value;
        }
    }
}
