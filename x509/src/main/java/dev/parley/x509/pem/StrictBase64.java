package dev.parley.x509.pem;

import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import java.io.ByteArrayOutputStream;

/**
 * Base64 as RFC 7468 §3 wants it read strictly (RFC 4648 §4): the standard alphabet, padding only
 * at the end and only to a multiple of four characters, and unused bits of the last group zero
 * (RFC 4648 §3.5), so every octet string has exactly one text. White space between characters is
 * skipped, as RFC 7468's lax line handling allows.
 */
final class StrictBase64 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private StrictBase64() {
    }

    static byte[] decode(CharSequence text) throws X509Exception {
        StringBuilder characters = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                characters.append(c);
            }
        }
        if (characters.length() % 4 != 0) {
            throw malformed("Base64 text of " + characters.length() + " characters is not a multiple of 4");
        }
        int padding = 0;
        while (padding < 2 && padding < characters.length() && characters.charAt(characters.length() - 1 - padding) == '=') {
            padding++;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(characters.length() / 4 * 3);
        int length = characters.length() - padding;
        for (int group = 0; group < length; group += 4) {
            int count = Math.min(4, length - group);
            int bits = 0;
            for (int i = 0; i < 4; i++) {
                bits <<= 6;
                if (i < count) {
                    bits |= sextet(characters.charAt(group + i), group + i);
                }
            }
            if (count == 1) {
                throw malformed("a lone Base64 character in the last group");
            }
            if ((count == 2 && (bits & 0xFFFF) != 0) || (count == 3 && (bits & 0xFF) != 0)) {
                // RFC 4648 §3.5: the pad bits of the last group are zero in canonical Base64.
                throw malformed("non-zero pad bits in the last Base64 group");
            }
            out.write(bits >>> 16);
            if (count > 2) {
                out.write(bits >>> 8);
            }
            if (count > 3) {
                out.write(bits);
            }
        }
        return out.toByteArray();
    }

    static String encode(byte[] octets) {
        StringBuilder text = new StringBuilder((octets.length + 2) / 3 * 4);
        for (int i = 0; i < octets.length; i += 3) {
            int count = Math.min(3, octets.length - i);
            int bits = (octets[i] & 0xFF) << 16;
            bits |= count > 1 ? (octets[i + 1] & 0xFF) << 8 : 0;
            bits |= count > 2 ? octets[i + 2] & 0xFF : 0;
            for (int j = 0; j < 4; j++) {
                text.append(j <= count ? ALPHABET.charAt((bits >>> (18 - 6 * j)) & 0x3F) : '=');
            }
        }
        return text.toString();
    }

    private static int sextet(char c, int position) throws X509Exception {
        int value = ALPHABET.indexOf(c);
        if (value < 0) {
            throw malformed("character 0x" + Integer.toHexString(c) + " at position " + position + " is not Base64");
        }
        return value;
    }

    private static X509Exception malformed(String detail) {
        return new X509Exception(X509Failure.MALFORMED_PEM, detail);
    }
}
