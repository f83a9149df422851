package dev.parley.x509.der;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The character string types X.509 uses, between their DER content octets and Java strings
 * (X.680 §41 and §43; RFC 5280 §4.1.2.4 on which of them a Name may hold).
 *
 * <p>Decoding checks each type's alphabet: PrintableString its 74 characters, IA5String 7-bit
 * ASCII, VisibleString printable ASCII, NumericString digits and space, UTF8String well-formed
 * UTF-8, BMPString UCS-2 without surrogates, UniversalString UCS-4 of Unicode scalar values.
 * TeletexString (T.61) is read as ISO 8859-1, as other X.509 implementations do: its real
 * character set is a stateful code no certificate in use relies on.
 */
public final class DerStrings {

    private static final String PRINTABLE_PUNCTUATION = " '()+,-./:=?";

    private DerStrings() {
    }

    /**
     * Decodes the content of a string element of type {@code tag}.
     *
     * @throws X509Exception with {@link X509Failure#INVALID_STRING} if the octets break the type's
     *         alphabet, or {@link X509Failure#UNEXPECTED_TAG} if {@code tag} is not a string type
     */
    public static String decode(DerTag tag, Bytes content) throws X509Exception {
        byte[] octets = content.toByteArray();
        if (tag.equals(DerTag.UTF8_STRING)) {
            return utf8(octets);
        }
        if (tag.equals(DerTag.PRINTABLE_STRING)) {
            return checked(octets, DerStrings::isPrintable, "PrintableString");
        }
        if (tag.equals(DerTag.IA5_STRING)) {
            return checked(octets, c -> c < 0x80, "IA5String");
        }
        if (tag.equals(DerTag.VISIBLE_STRING)) {
            return checked(octets, c -> c >= 0x20 && c < 0x7F, "VisibleString");
        }
        if (tag.equals(DerTag.NUMERIC_STRING)) {
            return checked(octets, c -> c == ' ' || (c >= '0' && c <= '9'), "NumericString");
        }
        if (tag.equals(DerTag.TELETEX_STRING)) {
            return new String(octets, StandardCharsets.ISO_8859_1);
        }
        if (tag.equals(DerTag.BMP_STRING)) {
            return bmp(octets);
        }
        if (tag.equals(DerTag.UNIVERSAL_STRING)) {
            return universal(octets);
        }
        throw new X509Exception(X509Failure.UNEXPECTED_TAG, tag + " is not a character string type");
    }

    /**
     * Encodes {@code text} as the content of a string element of type {@code tag}.
     *
     * @throws IllegalArgumentException if the type cannot hold the text
     */
    public static Bytes encode(DerTag tag, String text) {
        if (tag.equals(DerTag.UTF8_STRING)) {
            return Bytes.wrap(text.getBytes(StandardCharsets.UTF_8));
        }
        if (tag.equals(DerTag.BMP_STRING)) {
            require(text.chars().noneMatch(c -> Character.isSurrogate((char) c)), text, tag);
            return Bytes.wrap(text.getBytes(StandardCharsets.UTF_16BE));
        }
        if (tag.equals(DerTag.UNIVERSAL_STRING)) {
            ByteBuffer out = ByteBuffer.allocate(4 * text.codePointCount(0, text.length()));
            text.codePoints().forEach(out::putInt);
            return Bytes.wrap(out.array());
        }
        if (tag.equals(DerTag.TELETEX_STRING)) {
            require(text.chars().allMatch(c -> c < 0x100), text, tag);
            return Bytes.wrap(text.getBytes(StandardCharsets.ISO_8859_1));
        }
        Bytes encoded = Bytes.wrap(text.getBytes(StandardCharsets.ISO_8859_1));
        try {
            require(text.chars().allMatch(c -> c < 0x100) && decode(tag, encoded).equals(text), text, tag);
        } catch (X509Exception e) {
            throw new IllegalArgumentException(tag + " cannot hold " + quoted(text), e);
        }
        return encoded;
    }

    /** Whether {@code c} belongs to PrintableString's alphabet (X.680 §41.4, Table 10). */
    public static boolean isPrintable(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || PRINTABLE_PUNCTUATION.indexOf(c) >= 0;
    }

    private interface OctetRule {
        boolean allows(int octet);
    }

    private static String checked(byte[] octets, OctetRule rule, String type) throws X509Exception {
        for (int i = 0; i < octets.length; i++) {
            if (!rule.allows(octets[i] & 0xFF)) {
                throw new X509Exception(X509Failure.INVALID_STRING,
                        String.format("%s holds octet 0x%02x at %d, outside its alphabet", type, octets[i] & 0xFF, i));
            }
        }
        return new String(octets, StandardCharsets.ISO_8859_1);
    }

    private static String utf8(byte[] octets) throws X509Exception {
        try {
            // Malformed sequences, overlong forms and encoded surrogates are all rejected (RFC 3629 §3).
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(octets)).toString();
        } catch (CharacterCodingException e) {
            throw new X509Exception(X509Failure.INVALID_STRING, "UTF8String is not well-formed UTF-8");
        }
    }

    private static String bmp(byte[] octets) throws X509Exception {
        if (octets.length % 2 != 0) {
            throw new X509Exception(X509Failure.INVALID_STRING, "BMPString has an odd number of octets");
        }
        String text = new String(octets, StandardCharsets.UTF_16BE);
        // X.680 §41: BMPString is UCS-2, the Basic Multilingual Plane; surrogates are not characters there.
        if (text.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
            throw new X509Exception(X509Failure.INVALID_STRING, "BMPString holds a surrogate code unit");
        }
        return text;
    }

    private static String universal(byte[] octets) throws X509Exception {
        if (octets.length % 4 != 0) {
            throw new X509Exception(X509Failure.INVALID_STRING, "UniversalString length is not a multiple of 4");
        }
        StringBuilder text = new StringBuilder(octets.length / 4);
        ByteBuffer in = ByteBuffer.wrap(octets);
        while (in.hasRemaining()) {
            int codePoint = in.getInt();
            if (codePoint < 0 || codePoint > Character.MAX_CODE_POINT
                    || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
                throw new X509Exception(X509Failure.INVALID_STRING,
                        String.format("UniversalString holds 0x%08x, not a Unicode scalar value", codePoint));
            }
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    private static void require(boolean condition, String text, DerTag tag) {
        if (!condition) {
            throw new IllegalArgumentException(tag + " cannot hold " + quoted(text));
        }
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
