package dev.parley.x509.der;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import java.util.Objects;

/**
 * A BIT STRING value: whole octets plus a count of unused bits at the end of the last one
 * (X.690 §8.6). Keys and signatures are bit strings with no unused bits; named bit lists such as
 * KeyUsage number their bits from the most significant bit of the first octet.
 *
 * @param bytes the octets, the last one possibly only partly used
 * @param unusedBits how many low-order bits of the last octet are not part of the value, 0 to 7
 */
public record BitString(Bytes bytes, int unusedBits) {

    public BitString {
        Objects.requireNonNull(bytes, "bytes");
        if (unusedBits < 0 || unusedBits > 7 || (bytes.isEmpty() && unusedBits != 0)) {
            throw new IllegalArgumentException("unused bits " + unusedBits + " with " + bytes.length() + " octets");
        }
        if (unusedBits > 0 && (bytes.getUnsigned(bytes.length() - 1) & ((1 << unusedBits) - 1)) != 0) {
            throw new IllegalArgumentException("DER requires the " + unusedBits + " unused bits to be zero");
        }
    }

    /** A bit string of whole octets. */
    public static BitString of(Bytes bytes) {
        return new BitString(bytes, 0);
    }

    /**
     * Decodes the content octets of a BIT STRING element: the unused-bit count, then the bits.
     *
     * @throws X509Exception with {@link X509Failure#INVALID_BIT_STRING} for an empty content, more than
     *         7 unused bits, unused bits in an empty string (X.690 §8.6.2), or unused bits that are not
     *         zero (X.690 §11.2.1)
     */
    public static BitString fromContent(Bytes content) throws X509Exception {
        if (content.isEmpty()) {
            throw new X509Exception(X509Failure.INVALID_BIT_STRING, "a BIT STRING needs its unused-bits octet");
        }
        int unused = content.getUnsigned(0);
        Bytes bits = content.slice(1, content.length());
        if (unused > 7 || (bits.isEmpty() && unused != 0)) {
            throw new X509Exception(X509Failure.INVALID_BIT_STRING,
                    unused + " unused bits with " + bits.length() + " octets");
        }
        if (unused > 0 && (bits.getUnsigned(bits.length() - 1) & ((1 << unused) - 1)) != 0) {
            throw new X509Exception(X509Failure.INVALID_BIT_STRING, "the unused bits are not zero");
        }
        return new BitString(bits, unused);
    }

    /** The content octets of this value's DER encoding. */
    public Bytes contentOctets() {
        return Bytes.of((byte) unusedBits).concat(bytes);
    }

    /** The number of bits in the value. */
    public int bitLength() {
        return bytes.length() * 8 - unusedBits;
    }

    /** Whether bit {@code index} (0 is the most significant bit of the first octet) is set; bits past the end are not. */
    public boolean isSet(int index) {
        if (index < 0 || index >= bitLength()) {
            return false;
        }
        return (bytes.getUnsigned(index / 8) & (0x80 >>> (index % 8))) != 0;
    }

    /** Whether the value is a whole number of octets, as keys and signatures must be. */
    public boolean isOctetAligned() {
        return unusedBits == 0;
    }
}
