package dev.parley.x509.der;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An OBJECT IDENTIFIER in its dotted decimal form, such as {@code 2.5.29.19} (X.680 §32, X.690 §8.19).
 *
 * <p>The dotted string is the value: two identifiers are equal when their strings are, and since DER
 * allows one encoding per value ({@link #fromContent} rejects the others) that is the same as
 * comparing encodings. Arcs may be arbitrarily large (UUID arcs under {@code 2.25} are 128-bit).
 * Named constants live in {@link dev.parley.x509.Oids}.
 *
 * @param value the dotted decimal form
 */
public record ObjectIdentifier(String value) {

    /** Subidentifiers longer than this many octets (more than 140 bits) are refused. */
    private static final int MAX_SUBIDENTIFIER_OCTETS = 20;
    private static final BigInteger FORTY = BigInteger.valueOf(40);

    public ObjectIdentifier {
        Objects.requireNonNull(value, "value");
        // One pass over the characters: arcs of digits without leading zeros, separated by dots.
        int arcs = 0;
        int arcStart = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == '.') {
                if (i == arcStart || (i - arcStart > 1 && value.charAt(arcStart) == '0')) {
                    throw new IllegalArgumentException("not a dotted decimal OID: " + value);
                }
                arcs++;
                arcStart = i + 1;
            } else if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                throw new IllegalArgumentException("not a dotted decimal OID: " + value);
            }
        }
        if (arcs < 2) {
            throw new IllegalArgumentException("an OID has at least two arcs: " + value);
        }
        // X.690 §8.19.4: the first arc is 0, 1 or 2, and under 0 and 1 the second is below 40.
        int firstDot = value.indexOf('.');
        int secondEnd = value.indexOf('.', firstDot + 1);
        String second = value.substring(firstDot + 1, secondEnd < 0 ? value.length() : secondEnd);
        int first = firstDot == 1 ? value.charAt(0) - '0' : 3;
        if (first > 2 || (first < 2 && (second.length() > 2 || Integer.parseInt(second) >= 40))) {
            throw new IllegalArgumentException("OID arcs out of range: " + value);
        }
    }

    /** The identifier with this dotted form; for constants in code, so a typo fails at class load. */
    public static ObjectIdentifier of(String dotted) {
        return new ObjectIdentifier(dotted);
    }

    /**
     * Decodes the content octets of an OBJECT IDENTIFIER element (X.690 §8.19).
     *
     * @throws X509Exception with {@link X509Failure#INVALID_OBJECT_IDENTIFIER} if the content is empty,
     *         ends inside a subidentifier, or pads a subidentifier with a leading 0x80 octet
     */
    public static ObjectIdentifier fromContent(Bytes content) throws X509Exception {
        if (content.isEmpty()) {
            throw invalid("empty OBJECT IDENTIFIER");
        }
        StringBuilder dotted = new StringBuilder();
        int position = 0;
        boolean firstSubidentifier = true;
        while (position < content.length()) {
            int start = position;
            // X.690 §8.19.2: the leading octet of a subidentifier is never 0x80 (that would be padding).
            if (content.getUnsigned(start) == 0x80) {
                throw invalid("subidentifier at offset " + start + " is not minimally encoded");
            }
            while (position < content.length() && (content.getUnsigned(position) & 0x80) != 0) {
                position++;
            }
            if (position == content.length()) {
                throw invalid("the last subidentifier is unterminated");
            }
            position++;
            if (position - start > MAX_SUBIDENTIFIER_OCTETS) {
                throw invalid("subidentifier of " + (position - start) + " octets is too long");
            }
            BigInteger subidentifier = subidentifier(content, start, position);
            if (firstSubidentifier) {
                appendFirstTwoArcs(dotted, subidentifier);
                firstSubidentifier = false;
            } else {
                appendNumber(dotted.append('.'), subidentifier);
            }
        }
        return new ObjectIdentifier(dotted.toString());
    }

    /** The content octets of this identifier's DER encoding (X.690 §8.19). */
    public Bytes contentOctets() {
        String[] arcs = value.split("\\.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // X.690 §8.19.4: the first two arcs share one subidentifier, 40 * first + second.
        writeBase128(out, new BigInteger(arcs[0]).multiply(FORTY).add(new BigInteger(arcs[1])));
        for (int i = 2; i < arcs.length; i++) {
            writeBase128(out, new BigInteger(arcs[i]));
        }
        return Bytes.wrap(out.toByteArray());
    }

    @Override
    public String toString() {
        return value;
    }

    private static BigInteger subidentifier(Bytes content, int from, int to) {
        // Up to eight octets hold 56 bits: a long does, and almost every arc is that small.
        if (to - from <= 8) {
            long value = 0;
            for (int i = from; i < to; i++) {
                value = (value << 7) | (content.getUnsigned(i) & 0x7F);
            }
            return BigInteger.valueOf(value);
        }
        BigInteger value = BigInteger.ZERO;
        for (int i = from; i < to; i++) {
            value = value.shiftLeft(7).or(BigInteger.valueOf(content.getUnsigned(i) & 0x7F));
        }
        return value;
    }

    private static void appendFirstTwoArcs(StringBuilder dotted, BigInteger subidentifier) {
        if (subidentifier.compareTo(FORTY) < 0) {
            appendNumber(dotted.append("0."), subidentifier);
        } else if (subidentifier.compareTo(BigInteger.valueOf(80)) < 0) {
            appendNumber(dotted.append("1."), subidentifier.subtract(FORTY));
        } else {
            appendNumber(dotted.append("2."), subidentifier.subtract(BigInteger.valueOf(80)));
        }
    }

    private static void appendNumber(StringBuilder dotted, BigInteger number) {
        if (number.bitLength() < Long.SIZE - 1) {
            dotted.append(number.longValue());
        } else {
            dotted.append(number);
        }
    }

    private static void writeBase128(ByteArrayOutputStream out, BigInteger value) {
        int groups = Math.max(1, (value.bitLength() + 6) / 7);
        for (int group = groups - 1; group >= 0; group--) {
            int septet = value.shiftRight(7 * group).intValue() & 0x7F;
            out.write(group == 0 ? septet : septet | 0x80);
        }
    }

    private static X509Exception invalid(String detail) {
        return new X509Exception(X509Failure.INVALID_OBJECT_IDENTIFIER, detail);
    }
}
