package dev.parley.x509.der;

import dev.parley.crypto.Bytes;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds DER encodings (X.690 §8, §10, §11). Constructed elements nest through callbacks, so code
 * reads like the ASN.1 it writes:
 *
 * <pre>{@code
 * byte[] algorithmIdentifier = DerWriter.encode(w -> w.sequence(seq -> {
 *     seq.oid(Oids.SHA256_WITH_RSA_ENCRYPTION);
 *     seq.nul();
 * }));
 * }</pre>
 *
 * <p>Every length is written in its minimal definite form, INTEGERs minimally, BOOLEAN true as
 * 0xFF, times in the RFC 5280 §4.1.2.5 forms and {@link #setOf SET OF} in sorted order. Values the
 * type cannot hold (a '@' in a PrintableString, a time with fractions) are programming errors and
 * throw {@link IllegalArgumentException}.
 */
public final class DerWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** The encoding {@code body} writes. */
    public static byte[] encode(Consumer<DerWriter> body) {
        DerWriter writer = new DerWriter();
        body.accept(writer);
        return writer.toByteArray();
    }

    /** Writes one element with tag {@code tag} and content {@code content}. */
    public DerWriter element(DerTag tag, Bytes content) {
        writeTag(tag);
        writeLength(content.length());
        out.writeBytes(content.toByteArray());
        return this;
    }

    /** Writes a constructed element with tag {@code tag} whose content {@code body} writes. */
    public DerWriter constructed(DerTag tag, Consumer<DerWriter> body) {
        if (!tag.constructed()) {
            throw new IllegalArgumentException(tag + " is primitive");
        }
        return element(tag, Bytes.wrap(encode(body)));
    }

    /** Writes a SEQUENCE. */
    public DerWriter sequence(Consumer<DerWriter> body) {
        return constructed(DerTag.SEQUENCE, body);
    }

    /** Writes a SET whose elements appear in the order {@code body} writes them. */
    public DerWriter set(Consumer<DerWriter> body) {
        return constructed(DerTag.SET, body);
    }

    /** Writes a SET OF, its elements sorted by encoding as X.690 §11.6 requires. */
    public DerWriter setOf(List<Consumer<DerWriter>> elements) {
        List<byte[]> encodings = new ArrayList<>();
        for (Consumer<DerWriter> element : elements) {
            encodings.add(encode(element));
        }
        encodings.sort(DerWriter::compareForSetOf);
        return set(w -> encodings.forEach(w.out::writeBytes));
    }

    /** Writes {@code [number] EXPLICIT}, wrapping what {@code body} writes. */
    public DerWriter explicit(int number, Consumer<DerWriter> body) {
        return constructed(DerTag.contextConstructed(number), body);
    }

    /** Writes an element that was encoded elsewhere, unchanged. */
    public DerWriter raw(Bytes encoded) {
        out.writeBytes(encoded.toByteArray());
        return this;
    }

    /** Writes an INTEGER. */
    public DerWriter integer(BigInteger value) {
        return element(DerTag.INTEGER, DerPrimitives.integerContent(value));
    }

    /** Writes an INTEGER. */
    public DerWriter integer(long value) {
        return integer(BigInteger.valueOf(value));
    }

    /** Writes a BOOLEAN; true is 0xFF (X.690 §11.1). */
    public DerWriter bool(boolean value) {
        return element(DerTag.BOOLEAN, Bytes.of((byte) (value ? 0xFF : 0x00)));
    }

    /** Writes a NULL. */
    public DerWriter nul() {
        return element(DerTag.NULL, Bytes.EMPTY);
    }

    /** Writes an OBJECT IDENTIFIER. */
    public DerWriter oid(ObjectIdentifier oid) {
        return element(DerTag.OBJECT_IDENTIFIER, oid.contentOctets());
    }

    /** Writes a BIT STRING. */
    public DerWriter bitString(BitString bits) {
        return element(DerTag.BIT_STRING, bits.contentOctets());
    }

    /** Writes an OCTET STRING. */
    public DerWriter octetString(Bytes octets) {
        return element(DerTag.OCTET_STRING, octets);
    }

    /** Writes an OCTET STRING holding what {@code body} writes, as extnValue holds an extension. */
    public DerWriter octetString(Consumer<DerWriter> body) {
        return octetString(Bytes.wrap(encode(body)));
    }

    /** Writes a character string of type {@code type}. */
    public DerWriter string(DerTag type, String text) {
        return element(type, DerStrings.encode(type, text));
    }

    /** Writes a UTCTime. */
    public DerWriter utcTime(Instant time) {
        return element(DerTag.UTC_TIME, DerTime.encodeUtcTime(time));
    }

    /** Writes a GeneralizedTime. */
    public DerWriter generalizedTime(Instant time) {
        return element(DerTag.GENERALIZED_TIME, DerTime.encodeGeneralizedTime(time));
    }

    /** Writes RFC 5280's Time: UTCTime through 2049, GeneralizedTime from 2050 (RFC 5280 §4.1.2.5). */
    public DerWriter time(Instant time) {
        return DerTime.usesUtcTime(time) ? utcTime(time) : generalizedTime(time);
    }

    /** The encoding written so far. */
    public byte[] toByteArray() {
        return out.toByteArray();
    }

    /** The encoding written so far. */
    public Bytes toBytes() {
        return Bytes.wrap(out.toByteArray());
    }

    private void writeTag(DerTag tag) {
        out.write(tag.firstOctet());
        if (tag.number() >= 0x1F) {
            int number = tag.number();
            int groups = (32 - Integer.numberOfLeadingZeros(number) + 6) / 7;
            for (int group = groups - 1; group >= 0; group--) {
                int septet = (number >>> (7 * group)) & 0x7F;
                out.write(group == 0 ? septet : septet | 0x80);
            }
        }
    }

    private void writeLength(int length) {
        if (length < 0x80) {
            out.write(length);
            return;
        }
        int octets = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
        out.write(0x80 | octets);
        for (int i = octets - 1; i >= 0; i--) {
            out.write(length >>> (8 * i));
        }
    }

    /** X.690 §11.6: compare as octet strings, the shorter padded with trailing zero octets. */
    static int compareForSetOf(byte[] a, byte[] b) {
        int common = Math.min(a.length, b.length);
        int prefix = Arrays.compareUnsigned(a, 0, common, b, 0, common);
        if (prefix != 0) {
            return prefix;
        }
        byte[] longer = a.length > b.length ? a : b;
        for (int i = common; i < longer.length; i++) {
            if (longer[i] != 0) {
                return a.length > b.length ? 1 : -1;
            }
        }
        return 0;
    }
}
