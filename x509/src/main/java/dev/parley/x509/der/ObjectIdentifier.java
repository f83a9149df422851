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
        String[] arcs = value.split("\\.", -1);
        if (arcs.length < 2) {
            throw new IllegalArgumentException("an OID has at least two arcs: " + value);
        }
        for (String arc : arcs) {
            if (arc.isEmpty() || !arc.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (arc.length() > 1 && arc.charAt(0) == '0')) {
                throw new IllegalArgumentException("not a dotted decimal OID: " + value);
            }
        }
        // X.690 §8.19.4: the first arc is 0, 1 or 2, and under 0 and 1 the second is below 40.
        int first = arcs[0].length() == 1 ? arcs[0].charAt(0) - '0' : 3;
        if (first > 2 || (first < 2 && new BigInteger(arcs[1]).compareTo(FORTY) >= 0)) {
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
                dotted.append('.').append(subidentifier);
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
        BigInteger value = BigInteger.ZERO;
        for (int i = from; i < to; i++) {
            value = value.shiftLeft(7).or(BigInteger.valueOf(content.getUnsigned(i) & 0x7F));
        }
        return value;
    }

    private static void appendFirstTwoArcs(StringBuilder dotted, BigInteger subidentifier) {
        if (subidentifier.compareTo(FORTY) < 0) {
            dotted.append("0.").append(subidentifier);
        } else if (subidentifier.compareTo(BigInteger.valueOf(80)) < 0) {
            dotted.append("1.").append(subidentifier.subtract(FORTY));
        } else {
            dotted.append("2.").append(subidentifier.subtract(BigInteger.valueOf(80)));
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
