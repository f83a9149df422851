package dev.parley.handshake.server;

import dev.parley.crypto.Aead;
import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.RsaPrivateKey;
import dev.parley.crypto.SeededRandomSource;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.handshake.CertifiedKey;
import dev.parley.handshake.keys.Rfc8448;
import dev.parley.handshake.message.Certificate;
import dev.parley.handshake.message.Handshake;
import dev.parley.x509.X509Exception;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The RFC 8448 server's own material, read from the RFC text: the RSA key of §2, the certificate
 * of §3, the PSS salt hidden in §3's CertificateVerify, and a deterministic provider replaying the
 * RFC's random values. Every expected value comes from the RFC text.
 */
final class Rfc8448Server {

    private static final Pattern KEY_FIELD = Pattern.compile("^   ([a-z0-9 ()]+?):\\s+([0-9a-f ]+)$");
    private static final Pattern CONTINUATION = Pattern.compile("^      ([0-9a-f]{2}(?: [0-9a-f]{2})*)\\s*$");

    private Rfc8448Server() {
    }

    /** A message the RFC prints in section {@code section} under {@code caption}, e.g. "ServerHello". */
    static Bytes message(int section, String caption, String field) {
        return Rfc8448.section(section).hex(caption, field);
    }

    /** {@code bytes} as a received frame. */
    static Handshake frame(Bytes bytes) {
        try {
            return Handshake.CODEC.decodeExactly(bytes.toByteArray(), "RFC 8448 message");
        } catch (Exception e) {
            throw new AssertionError("an RFC 8448 message does not frame", e);
        }
    }

    /** The server's RSA certificate (RFC 8448 §3 Certificate message) with the §2 private key. */
    static CertifiedKey certifiedKey() {
        Bytes message = message(3, "{server}  construct a Certificate handshake message:", "Certificate");
        try {
            Certificate certificate = Certificate.CODEC.decodeExactly(frame(message).body().toByteArray(), "Certificate");
            dev.parley.x509.Certificate leaf = dev.parley.x509.Certificate.parse(
                    certificate.certificateList().get(0).certData());
            return new CertifiedKey(List.of(leaf), privateKey());
        } catch (X509Exception | dev.parley.record.TlsException e) {
            throw new AssertionError("RFC 8448's certificate does not parse", e);
        }
    }

    /** The RSA private key printed in RFC 8448 §2. */
    static RsaPrivateKey privateKey() {
        Map<String, BigInteger> fields = keyFields();
        return new RsaPrivateKey(fields.get("modulus (public)"), fields.get("public exponent"),
                fields.get("private exponent"), fields.get("prime1"), fields.get("prime2"), fields.get("exponent1"),
                fields.get("exponent2"), fields.get("coefficient"));
    }

    /** Reads section 2's "name:  hex ..." fields, continued on indented lines and across page breaks. */
    private static Map<String, BigInteger> keyFields() {
        String text = rfcText();
        String section = text.substring(text.indexOf("\n2.  Private Keys"), text.indexOf("\n3.  Simple 1-RTT Handshake"));
        Map<String, StringBuilder> hex = new LinkedHashMap<>();
        StringBuilder current = null;
        for (String line : section.split("\n")) {
            Matcher m;
            if ((m = KEY_FIELD.matcher(line)).matches()) {
                current = new StringBuilder(m.group(2));
                hex.put(m.group(1), current);
            } else if (current != null && (m = CONTINUATION.matcher(line)).matches()) {
                current.append(' ').append(m.group(1));
            } else if (!line.isBlank() && !line.startsWith("Thomson ") && !line.startsWith("RFC 8448 ")) {
                current = null;
            }
        }
        Map<String, BigInteger> fields = new LinkedHashMap<>();
        hex.forEach((name, digits) -> fields.put(name, new BigInteger(1, Bytes.fromHex(digits.toString()).toByteArray())));
        if (fields.size() != 8) {
            throw new AssertionError("RFC 8448 §2: expected 8 key fields, read " + fields.keySet());
        }
        return fields;
    }

    private static String rfcText() {
        try (InputStream in = Rfc8448.class.getResourceAsStream("rfc8448.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).replace("\f", "");
        } catch (IOException | NullPointerException e) {
            throw new AssertionError("rfc8448.txt is missing", e);
        }
    }

    /**
     * The salt of an RSASSA-PSS-SHA256 signature, recovered with the public key (RFC 8017 §9.1.2,
     * EMSA-PSS-VERIFY steps 1 to 10, without checking H, which the signature's verification does).
     */
    static Bytes pssSalt(Bytes signature, RsaPrivateKey key) {
        int modBits = key.modulus().bitLength();
        int emLength = (modBits - 1 + 7) / 8;
        BigInteger m = new BigInteger(1, signature.toByteArray()).modPow(key.publicExponent(), key.modulus());
        byte[] em = toLength(m.toByteArray(), emLength);
        if ((em[emLength - 1] & 0xFF) != 0xBC) {
            throw new AssertionError("RFC 8017 §9.1.2 step 4: trailer is not 0xbc");
        }
        int hashLength = 32;
        byte[] maskedDb = Arrays.copyOfRange(em, 0, emLength - hashLength - 1);
        byte[] h = Arrays.copyOfRange(em, emLength - hashLength - 1, emLength - 1);
        byte[] db = mgf1(h, maskedDb.length);
        for (int i = 0; i < db.length; i++) {
            db[i] ^= maskedDb[i];
        }
        db[0] &= (byte) (0xFF >>> (8 * emLength - (modBits - 1)));
        int separator = db.length - hashLength - 1;
        if (db[separator] != 1) {
            throw new AssertionError("RFC 8017 §9.1.2 step 10: no 0x01 before a " + hashLength + "-byte salt");
        }
        return Bytes.wrap(Arrays.copyOfRange(db, separator + 1, db.length));
    }

    /** MGF1 with SHA-256 (RFC 8017 Appendix B.2.1). */
    private static byte[] mgf1(byte[] seed, int length) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] mask = new byte[length];
            for (int counter = 0, at = 0; at < length; counter++) {
                sha256.update(seed);
                sha256.update(new byte[] {(byte) (counter >>> 24), (byte) (counter >>> 16), (byte) (counter >>> 8),
                        (byte) counter});
                byte[] block = sha256.digest();
                int n = Math.min(block.length, length - at);
                System.arraycopy(block, 0, mask, at, n);
                at += n;
            }
            return mask;
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] toLength(byte[] unsigned, int length) {
        byte[] out = new byte[length];
        int copy = Math.min(unsigned.length, length);
        System.arraycopy(unsigned, unsigned.length - copy, out, length - copy, copy);
        return out;
    }

    /** A provider replaying {@code script} (values of exact lengths, in order), everything else seeded. */
    static CryptoProvider replaying(ScriptedRandomSource random) {
        return new BouncyCastleCryptoProvider(random);
    }

    static ScriptedRandomSource script(String seed, Bytes... values) {
        return new ScriptedRandomSource(new SeededRandomSource(seed), List.of(values));
    }

    /**
     * The TLS 1.3 record protecting {@code payload} of {@code contentType} (RFC 8446 §5.2, §5.3),
     * written here independently of the record layer so that the RFC's "complete record" values
     * check the keys and messages the states produced together.
     */
    static Bytes seal(CryptoProvider crypto, RecordingContext.InstalledKeys keys, long sequence, int contentType,
                      Bytes payload) {
        byte[] inner = payload.concat(Bytes.of((byte) contentType)).toByteArray();
        int length = inner.length + 16;
        byte[] header = {23, 0x03, 0x03, (byte) (length >>> 8), (byte) length};
        byte[] nonce = keys.iv().toByteArray();
        for (int i = 0; i < 8; i++) {
            nonce[nonce.length - 1 - i] ^= (byte) (sequence >>> (8 * i));
        }
        Aead aead = crypto.aead(keys.aead(), keys.key().toByteArray());
        byte[] record = new byte[header.length + length];
        System.arraycopy(header, 0, record, 0, header.length);
        aead.seal(nonce, header, 0, header.length, inner, 0, inner.length, record, header.length);
        return Bytes.wrap(record);
    }
}
