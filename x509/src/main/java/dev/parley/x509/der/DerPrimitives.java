package dev.parley.x509.der;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import java.math.BigInteger;

/**
 * The content rules of DER's primitive types that have no value type of their own: INTEGER,
 * BOOLEAN and NULL (X.690 §8.2, §8.3, §8.8, §11.1). {@link DerReader} reads them under their
 * universal tags; decoders use these methods directly for IMPLICIT-tagged fields.
 */
public final class DerPrimitives {

    private DerPrimitives() {
    }

    /**
     * Decodes INTEGER content, two's complement, big-endian.
     *
     * @throws X509Exception with {@link X509Failure#NON_MINIMAL_INTEGER} if the content is empty or
     *         its first nine bits are all zeros or all ones (X.690 §8.3.2)
     */
    public static BigInteger integer(Bytes content, String field) throws X509Exception {
        return integer(content.toByteArray(), field);
    }

    /** Decodes INTEGER content held in an array, as {@link #integer(Bytes, String)} does; the array is not kept. */
    public static BigInteger integer(byte[] content, String field) throws X509Exception {
        if (content.length == 0) {
            throw new X509Exception(X509Failure.NON_MINIMAL_INTEGER, field + ": an INTEGER has at least one octet");
        }
        if (content.length > 1) {
            int first = content[0] & 0xFF;
            int secondHighBit = content[1] & 0x80;
            // X.690 §8.3.2: the first nine bits must not be all zeros or all ones.
            if ((first == 0x00 && secondHighBit == 0) || (first == 0xFF && secondHighBit != 0)) {
                throw new X509Exception(X509Failure.NON_MINIMAL_INTEGER,
                        field + ": INTEGER has a redundant leading octet");
            }
        }
        return new BigInteger(content);
    }

    /**
     * Decodes INTEGER content that must lie in {@code [min, max]}.
     *
     * @throws X509Exception with {@link X509Failure#INTEGER_OUT_OF_RANGE} if it does not
     */
    public static int intValue(Bytes content, int min, int max, String field) throws X509Exception {
        BigInteger value = integer(content, field);
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new X509Exception(X509Failure.INTEGER_OUT_OF_RANGE,
                    field + ": " + abbreviated(value) + " outside " + min + ".." + max);
        }
        return value.intValue();
    }

    /** The content octets of {@code value}'s minimal DER encoding. */
    public static Bytes integerContent(BigInteger value) {
        return Bytes.wrap(value.toByteArray());
    }

    /**
     * Decodes BOOLEAN content.
     *
     * @throws X509Exception with {@link X509Failure#INVALID_BOOLEAN} unless it is the single octet
     *         0x00 or 0xFF (X.690 §8.2.1 and, for true, §11.1)
     */
    public static boolean bool(Bytes content, String field) throws X509Exception {
        if (content.length() != 1 || (content.getUnsigned(0) != 0x00 && content.getUnsigned(0) != 0xFF)) {
            throw new X509Exception(X509Failure.INVALID_BOOLEAN,
                    field + ": a DER BOOLEAN is one octet, 00 or FF, not " + content);
        }
        return content.getUnsigned(0) == 0xFF;
    }

    /**
     * Checks NULL content.
     *
     * @throws X509Exception with {@link X509Failure#INVALID_NULL} if it is not empty (X.690 §8.8.2)
     */
    public static void nul(Bytes content, String field) throws X509Exception {
        if (!content.isEmpty()) {
            throw new X509Exception(X509Failure.INVALID_NULL, field + ": NULL has no content octets");
        }
    }

    private static String abbreviated(BigInteger value) {
        String text = value.toString();
        return text.length() <= 24 ? text : text.substring(0, 12) + "...(" + value.bitLength() + " bits)";
    }
}
