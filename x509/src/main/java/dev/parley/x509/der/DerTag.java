package dev.parley.x509.der;

import java.util.Objects;

/**
 * The identifier of a DER element: class, primitive or constructed, and tag number (X.690 §8.1.2).
 *
 * <p>DER fixes whether each universal type is primitive or constructed (§10.2: strings, for example,
 * are always primitive), so comparing whole tags, constructed bit included, is how a reader rejects
 * BER's constructed strings.
 *
 * @param tagClass the class
 * @param constructed whether the content is a series of elements rather than octets
 * @param number the tag number, 0 or more
 */
public record DerTag(TagClass tagClass, boolean constructed, int number) {

    public static final DerTag BOOLEAN = universal(1, false);
    public static final DerTag INTEGER = universal(2, false);
    public static final DerTag BIT_STRING = universal(3, false);
    public static final DerTag OCTET_STRING = universal(4, false);
    public static final DerTag NULL = universal(5, false);
    public static final DerTag OBJECT_IDENTIFIER = universal(6, false);
    public static final DerTag ENUMERATED = universal(10, false);
    public static final DerTag UTF8_STRING = universal(12, false);
    public static final DerTag SEQUENCE = universal(16, true);
    public static final DerTag SET = universal(17, true);
    public static final DerTag NUMERIC_STRING = universal(18, false);
    public static final DerTag PRINTABLE_STRING = universal(19, false);
    public static final DerTag TELETEX_STRING = universal(20, false);
    public static final DerTag IA5_STRING = universal(22, false);
    public static final DerTag UTC_TIME = universal(23, false);
    public static final DerTag GENERALIZED_TIME = universal(24, false);
    public static final DerTag VISIBLE_STRING = universal(26, false);
    public static final DerTag UNIVERSAL_STRING = universal(28, false);
    public static final DerTag BMP_STRING = universal(30, false);

    public DerTag {
        Objects.requireNonNull(tagClass, "tagClass");
        if (number < 0) {
            throw new IllegalArgumentException("negative tag number " + number);
        }
    }

    /** A universal tag. */
    public static DerTag universal(int number, boolean constructed) {
        return new DerTag(TagClass.UNIVERSAL, constructed, number);
    }

    /** {@code [number]} with a constructed content: EXPLICIT tags, and IMPLICIT tags on SEQUENCE types. */
    public static DerTag contextConstructed(int number) {
        return new DerTag(TagClass.CONTEXT_SPECIFIC, true, number);
    }

    /** {@code [number]} with a primitive content: IMPLICIT tags on INTEGER, OCTET STRING, IA5String, ... */
    public static DerTag contextPrimitive(int number) {
        return new DerTag(TagClass.CONTEXT_SPECIFIC, false, number);
    }

    /** Whether this is one of the character string types X.509 uses, which {@link DerStrings} decodes. */
    public boolean isString() {
        return equals(UTF8_STRING) || equals(PRINTABLE_STRING) || equals(TELETEX_STRING)
                || equals(IA5_STRING) || equals(VISIBLE_STRING) || equals(UNIVERSAL_STRING)
                || equals(BMP_STRING) || equals(NUMERIC_STRING);
    }

    /** The identifier octet of a tag in the low-tag-number form; numbers of 31 and more need more octets. */
    int firstOctet() {
        int low = Math.min(number, 0x1F);
        return (tagClass.ordinal() << 6) | (constructed ? 0x20 : 0) | low;
    }

    /** Short readable form: {@code SEQUENCE}, {@code [0] constructed}, {@code UNIVERSAL 29}. */
    @Override
    public String toString() {
        if (tagClass == TagClass.CONTEXT_SPECIFIC) {
            return "[" + number + "]" + (constructed ? " constructed" : "");
        }
        if (tagClass == TagClass.UNIVERSAL) {
            String name = universalName(number);
            if (name != null) {
                return name + (constructed == (number == 16 || number == 17) ? "" : constructed ? " (constructed)" : " (primitive)");
            }
        }
        return tagClass + " " + number + (constructed ? " constructed" : "");
    }

    private static String universalName(int number) {
        return switch (number) {
            case 1 -> "BOOLEAN";
            case 2 -> "INTEGER";
            case 3 -> "BIT STRING";
            case 4 -> "OCTET STRING";
            case 5 -> "NULL";
            case 6 -> "OBJECT IDENTIFIER";
            case 10 -> "ENUMERATED";
            case 12 -> "UTF8String";
            case 16 -> "SEQUENCE";
            case 17 -> "SET";
            case 18 -> "NumericString";
            case 19 -> "PrintableString";
            case 20 -> "TeletexString";
            case 22 -> "IA5String";
            case 23 -> "UTCTime";
            case 24 -> "GeneralizedTime";
            case 26 -> "VisibleString";
            case 28 -> "UniversalString";
            case 30 -> "BMPString";
            default -> null;
        };
    }
}
