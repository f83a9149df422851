package dev.parley.x509.der;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * A bounded cursor over DER input (ITU-T X.690 §8 with the DER restrictions of §10 and §11).
 *
 * <p>A reader sees only its own span of the input. Each element's header is checked before its
 * content is touched: tags in the shortest form, lengths definite and minimal, and every length
 * checked against the octets that remain, so a hostile length never sizes an allocation. Reading
 * a constructed element gives a sub-reader one level deeper; past {@link #MAX_DEPTH} levels the
 * reader refuses, so recursion over hostile input cannot exhaust the stack. A whole input is
 * refused above the size its caller allows ({@link #over(byte[], int)}).
 *
 * <p>Every read names the field it reads, so a failure says where it happened. The only
 * exception is {@link X509Exception}.
 */
public final class DerReader {

    /** How deeply constructed elements may nest below a reader made by {@link #over}. */
    public static final int MAX_DEPTH = 32;
    /** The largest input {@link #of(byte[])} accepts: 1 MiB. */
    public static final int DEFAULT_MAX_INPUT = 1 << 20;

    private final byte[] buffer;
    private final int limit;
    private final int depth;
    private int position;

    private DerReader(byte[] buffer, int offset, int length, int depth) {
        this.buffer = buffer;
        this.position = offset;
        this.limit = offset + length;
        this.depth = depth;
    }

    /** A reader over all of {@code der}, which may be at most {@link #DEFAULT_MAX_INPUT} octets. */
    public static DerReader of(byte[] der) throws X509Exception {
        return of(der, DEFAULT_MAX_INPUT);
    }

    /** A reader over all of {@code der}, which may be at most {@code maxInput} octets. */
    public static DerReader of(byte[] der, int maxInput) throws X509Exception {
        if (der.length > maxInput) {
            throw new X509Exception(X509Failure.INPUT_TOO_LARGE,
                    "input of " + der.length + " octets exceeds the bound of " + maxInput);
        }
        return over(der, 0);
    }

    /** A reader over the content of {@code der}. */
    public static DerReader of(Bytes der) throws X509Exception {
        return of(der.toByteArray());
    }

    static DerReader over(byte[] der, int depth) {
        return new DerReader(der, 0, der.length, depth);
    }

    /** Octets left in this reader. */
    public int remaining() {
        return limit - position;
    }

    /** Whether every element has been read. */
    public boolean isEmpty() {
        return position == limit;
    }

    /** The tag of the next element, without consuming it. */
    public DerTag peekTag() throws X509Exception {
        int saved = position;
        try {
            return readTag("next element");
        } finally {
            position = saved;
        }
    }

    /** Whether another element follows and has tag {@code tag}. */
    public boolean nextIs(DerTag tag) throws X509Exception {
        return !isEmpty() && peekTag().equals(tag);
    }

    /** Reads the next element, whatever its tag (ASN.1 {@code ANY}). */
    public DerValue readAny(String field) throws X509Exception {
        int start = position;
        DerTag tag = readTag(field);
        int length = readLength(field);
        int headerLength = position - start;
        position += length;
        return new DerValue(tag, Bytes.of(buffer, start, headerLength + length), headerLength);
    }

    /** Reads the next element, which must have tag {@code tag}. */
    public DerValue read(DerTag tag, String field) throws X509Exception {
        expectTag(tag, field);
        return readAny(field);
    }

    /** Reads the content octets of the next element, which must have tag {@code tag}. */
    public Bytes readContent(DerTag tag, String field) throws X509Exception {
        expectTag(tag, field);
        readTag(field);
        int length = readLength(field);
        Bytes content = Bytes.of(buffer, position, length);
        position += length;
        return content;
    }

    /** A reader over the content of the next element, which must be constructed with tag {@code tag}. */
    public DerReader readConstructed(DerTag tag, String field) throws X509Exception {
        if (!tag.constructed()) {
            throw new IllegalArgumentException(tag + " is primitive");
        }
        expectTag(tag, field);
        if (depth + 1 > MAX_DEPTH) {
            throw new X509Exception(X509Failure.NESTING_TOO_DEEP, field + ": nested deeper than " + MAX_DEPTH);
        }
        readTag(field);
        int length = readLength(field);
        DerReader content = new DerReader(buffer, position, length, depth + 1);
        position += length;
        return content;
    }

    /** A reader over the elements of a DER value read earlier, one level below this reader. */
    public DerReader contentOf(DerValue value) throws X509Exception {
        if (depth + 1 > MAX_DEPTH) {
            throw new X509Exception(X509Failure.NESTING_TOO_DEEP, value.tag() + ": nested deeper than " + MAX_DEPTH);
        }
        byte[] content = value.content().toByteArray();
        return new DerReader(content, 0, content.length, depth + 1);
    }

    /** A reader over the next SEQUENCE. */
    public DerReader sequence(String field) throws X509Exception {
        return readConstructed(DerTag.SEQUENCE, field);
    }

    /** A reader over the next SET. */
    public DerReader set(String field) throws X509Exception {
        return readConstructed(DerTag.SET, field);
    }

    /**
     * A reader over the next SET OF, after checking that its elements are in ascending order of
     * their encodings as DER requires (X.690 §11.6); a set out of order fails with
     * {@link X509Failure#SET_NOT_SORTED}.
     */
    public DerReader setOf(String field) throws X509Exception {
        return setOf(DerTag.SET, field);
    }

    /** Like {@link #setOf(String)}, for a SET OF under an IMPLICIT tag {@code tag}. */
    public DerReader setOf(DerTag tag, String field) throws X509Exception {
        int start = position;
        DerReader set = readConstructed(tag, field);
        byte[] previous = null;
        while (!set.isEmpty()) {
            byte[] encoding = set.readAny(field).encoded().toByteArray();
            if (previous != null && DerWriter.compareForSetOf(previous, encoding) > 0) {
                throw new X509Exception(X509Failure.SET_NOT_SORTED, field + ": SET OF elements out of DER order");
            }
            previous = encoding;
        }
        position = start;
        return readConstructed(tag, field);
    }

    /** A reader over the next element if it is constructed with tag {@code tag}; for OPTIONAL fields. */
    public Optional<DerReader> optionalConstructed(DerTag tag, String field) throws X509Exception {
        return nextIs(tag) ? Optional.of(readConstructed(tag, field)) : Optional.empty();
    }

    /** The content of the next element if it has tag {@code tag}; for OPTIONAL primitive fields. */
    public Optional<Bytes> optionalContent(DerTag tag, String field) throws X509Exception {
        return nextIs(tag) ? Optional.of(readContent(tag, field)) : Optional.empty();
    }

    /** Reads an INTEGER. Its octets are never held in a {@link Bytes}, since private keys are INTEGERs too. */
    public BigInteger integer(String field) throws X509Exception {
        byte[] content = contentArray(DerTag.INTEGER, field);
        try {
            return DerPrimitives.integer(content, field);
        } finally {
            Arrays.fill(content, (byte) 0);
        }
    }

    /** Reads an INTEGER that must lie in {@code [min, max]}. */
    public int intValue(int min, int max, String field) throws X509Exception {
        return DerPrimitives.intValue(readContent(DerTag.INTEGER, field), min, max, field);
    }

    /** Reads a BOOLEAN. */
    public boolean bool(String field) throws X509Exception {
        return DerPrimitives.bool(readContent(DerTag.BOOLEAN, field), field);
    }

    /** Reads a NULL. */
    public void nul(String field) throws X509Exception {
        DerPrimitives.nul(readContent(DerTag.NULL, field), field);
    }

    /** Reads an OBJECT IDENTIFIER. */
    public ObjectIdentifier oid(String field) throws X509Exception {
        return ObjectIdentifier.fromContent(readContent(DerTag.OBJECT_IDENTIFIER, field));
    }

    /** Reads a BIT STRING. */
    public BitString bitString(String field) throws X509Exception {
        try {
            return BitString.fromContent(readContent(DerTag.BIT_STRING, field));
        } catch (X509Exception e) {
            throw e.within(field);
        }
    }

    /** Reads an OCTET STRING. */
    public Bytes octetString(String field) throws X509Exception {
        return readContent(DerTag.OCTET_STRING, field);
    }

    /**
     * Reads an OCTET STRING into a fresh array that the caller owns and should overwrite when done:
     * for private key material, which must never sit in an immutable {@link Bytes}.
     */
    public byte[] secretOctetString(String field) throws X509Exception {
        return contentArray(DerTag.OCTET_STRING, field);
    }

    /** Reads a character string of type {@code type}. */
    public String string(DerTag type, String field) throws X509Exception {
        try {
            return DerStrings.decode(type, readContent(type, field));
        } catch (X509Exception e) {
            throw e.within(field);
        }
    }

    /** Reads RFC 5280's {@code Time ::= CHOICE { utcTime UTCTime, generalTime GeneralizedTime }}. */
    public Instant time(String field) throws X509Exception {
        DerTag tag = peekTag();
        try {
            if (tag.equals(DerTag.UTC_TIME)) {
                return DerTime.decodeUtcTime(readContent(DerTag.UTC_TIME, field));
            }
            if (tag.equals(DerTag.GENERALIZED_TIME)) {
                return DerTime.decodeGeneralizedTime(readContent(DerTag.GENERALIZED_TIME, field));
            }
        } catch (X509Exception e) {
            throw e.within(field);
        }
        throw new X509Exception(X509Failure.UNEXPECTED_TAG, field + ": expected UTCTime or GeneralizedTime, found " + tag);
    }

    /** Fails unless every element has been read: {@code field} must end here. */
    public void expectEnd(String field) throws X509Exception {
        if (!isEmpty()) {
            throw new X509Exception(X509Failure.TRAILING_DATA,
                    field + ": " + remaining() + " octet(s) after the last expected element");
        }
    }

    private byte[] contentArray(DerTag tag, String field) throws X509Exception {
        expectTag(tag, field);
        readTag(field);
        int length = readLength(field);
        byte[] content = Arrays.copyOfRange(buffer, position, position + length);
        position += length;
        return content;
    }

    private void expectTag(DerTag tag, String field) throws X509Exception {
        if (isEmpty()) {
            throw new X509Exception(X509Failure.TRUNCATED, field + ": missing, expected " + tag);
        }
        DerTag actual = peekTag();
        if (!actual.equals(tag)) {
            throw new X509Exception(X509Failure.UNEXPECTED_TAG, field + ": expected " + tag + ", found " + actual);
        }
    }

    private DerTag readTag(String field) throws X509Exception {
        int first = nextOctet(field);
        TagClass tagClass = TagClass.values()[first >>> 6];
        boolean constructed = (first & 0x20) != 0;
        int number = first & 0x1F;
        if (number == 0x1F) {
            number = readHighTagNumber(field);
        }
        return new DerTag(tagClass, constructed, number);
    }

    private int readHighTagNumber(String field) throws X509Exception {
        int octet = nextOctet(field);
        // X.690 §8.1.2.4.2 c: the first subsequent octet's low seven bits are not all zero.
        if (octet == 0x80) {
            throw new X509Exception(X509Failure.MALFORMED_TAG, field + ": tag number has a leading zero septet");
        }
        int number = 0;
        while (true) {
            if (number > (Integer.MAX_VALUE >>> 7)) {
                throw new X509Exception(X509Failure.MALFORMED_TAG, field + ": tag number too large");
            }
            number = (number << 7) | (octet & 0x7F);
            if ((octet & 0x80) == 0) {
                break;
            }
            octet = nextOctet(field);
        }
        // X.690 §8.1.2.2: numbers up to 30 use the single-octet form.
        if (number < 0x1F) {
            throw new X509Exception(X509Failure.MALFORMED_TAG, field + ": tag number " + number + " in the long form");
        }
        return number;
    }

    private int readLength(String field) throws X509Exception {
        int first = nextOctet(field);
        long length;
        if (first < 0x80) {
            length = first;
        } else if (first == 0x80) {
            // X.690 §10.1: DER always uses the definite form.
            throw new X509Exception(X509Failure.INDEFINITE_LENGTH, field + ": indefinite length");
        } else {
            int count = first & 0x7F;
            if (count > 4) {
                throw new X509Exception(X509Failure.LENGTH_OUT_OF_RANGE, field + ": " + count + "-octet length field");
            }
            length = 0;
            for (int i = 0; i < count; i++) {
                length = (length << 8) | nextOctet(field);
            }
            // X.690 §10.1: the length takes the fewest octets: long form only from 128, no leading zero octet.
            if (length < 0x80 || length < (1L << (8 * (count - 1)))) {
                throw new X509Exception(X509Failure.NON_MINIMAL_LENGTH,
                        field + ": length " + length + " encoded in " + count + " octet(s)");
            }
        }
        if (length > remaining()) {
            throw new X509Exception(X509Failure.TRUNCATED,
                    field + ": length " + length + " but only " + remaining() + " octet(s) remain");
        }
        return (int) length;
    }

    private int nextOctet(String field) throws X509Exception {
        if (position >= limit) {
            throw new X509Exception(X509Failure.TRUNCATED, field + ": input ends inside an element header");
        }
        return buffer[position++] & 0xFF;
    }
}
