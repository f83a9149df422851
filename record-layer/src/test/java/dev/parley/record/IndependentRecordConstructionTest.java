package dev.parley.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.crypto.AeadAlgorithm;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No published trace covers TLS 1.2 AEAD records or TLS 1.3 with ChaCha20-Poly1305 or AES-256,
 * so these records are checked against a second construction written here from the RFC text
 * alone, on the JDK's own AES-GCM and ChaCha20-Poly1305 (SunJCE), which share no code with Bouncy
 * Castle or Parley: the nonce and additional data are spelled out byte by byte below.
 */
class IndependentRecordConstructionTest {

    private static final byte[] CONTENT = "GET / HTTP/1.1\r\nHost: example.com\r\n\r\n".getBytes();

    @ParameterizedTest
    @EnumSource(TestSuite.class)
    void writerMatchesTheRfcConstructionForEachOfTheFirstRecords(TestSuite suite) throws Exception {
        RecordWriter writer = new RecordWriter();
        writer.install(suite.protection());
        for (long sequenceNumber = 0; sequenceNumber < 3; sequenceNumber++) {
            byte[] out = new byte[writer.maxRecordLength()];
            int length = writer.writeRecord(ContentType.APPLICATION_DATA, CONTENT, 0, CONTENT.length, out, 0);
            assertArrayEquals(expectedRecord(suite, sequenceNumber, 23, CONTENT), Arrays.copyOf(out, length),
                    "record " + sequenceNumber);
        }
    }

    @ParameterizedTest
    @EnumSource(TestSuite.class)
    void readerOpensRecordsMadeByTheRfcConstruction(TestSuite suite) throws Exception {
        RecordReader reader = new RecordReader();
        reader.install(suite.protection());
        for (long sequenceNumber = 0; sequenceNumber < 3; sequenceNumber++) {
            byte[] wire = expectedRecord(suite, sequenceNumber, 22, CONTENT);
            ReceivedRecord record = reader.read(ByteBuffer.wrap(wire)).orElseThrow();
            assertEquals(ContentType.HANDSHAKE, record.type());
            assertArrayEquals(CONTENT, record.toBytes().toByteArray());
        }
    }

    /** One record built from the RFC text, with the JDK's AEADs. */
    private static byte[] expectedRecord(TestSuite suite, long seq, int type, byte[] content)
            throws GeneralSecurityException {
        byte[] seqBytes = ByteBuffer.allocate(8).putLong(seq).array();
        if (suite.tls13) {
            // RFC 8446 §5.2: TLSInnerPlaintext = content || type (no padding); AAD = 23 || 03 03 || length.
            byte[] inner = concat(content, new byte[] {(byte) type});
            int length = inner.length + 16;
            byte[] header = {23, 3, 3, (byte) (length >> 8), (byte) length};
            // RFC 8446 §5.3: nonce = iv XOR (0^4 || seq).
            byte[] nonce = xor(suite.iv(0), concat(new byte[4], seqBytes));
            return concat(header, seal(suite.algorithm, suite.key(0), nonce, header, inner));
        }
        // RFC 5246 §6.2.3.3: additional_data = seq_num || type || version || length(plaintext).
        byte[] aad = concat(seqBytes, new byte[] {(byte) type, 3, 3, (byte) (content.length >> 8), (byte) content.length});
        if (suite.algorithm == AeadAlgorithm.CHACHA20_POLY1305) {
            // RFC 7905 §2: nonce = iv XOR (0^4 || seq); no explicit nonce on the wire.
            byte[] nonce = xor(suite.iv(0), concat(new byte[4], seqBytes));
            byte[] sealed = seal(suite.algorithm, suite.key(0), nonce, aad, content);
            return concat(new byte[] {(byte) type, 3, 3, (byte) (sealed.length >> 8), (byte) sealed.length}, sealed);
        }
        // RFC 5288 §3: nonce = salt || nonce_explicit, and Parley's nonce_explicit is the sequence number.
        byte[] nonce = concat(suite.iv(0), seqBytes);
        byte[] body = concat(seqBytes, seal(suite.algorithm, suite.key(0), nonce, aad, content));
        return concat(new byte[] {(byte) type, 3, 3, (byte) (body.length >> 8), (byte) body.length}, body);
    }

    private static byte[] seal(AeadAlgorithm algorithm, byte[] key, byte[] nonce, byte[] aad, byte[] plaintext)
            throws GeneralSecurityException {
        Cipher cipher;
        if (algorithm == AeadAlgorithm.CHACHA20_POLY1305) {
            cipher = Cipher.getInstance("ChaCha20-Poly1305");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "ChaCha20"), new IvParameterSpec(nonce));
        } else {
            cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
        }
        cipher.updateAAD(aad);
        return cipher.doFinal(plaintext);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    private static byte[] xor(byte[] a, byte[] b) {
        byte[] result = a.clone();
        for (int i = 0; i < result.length; i++) {
            result[i] ^= b[i];
        }
        return result;
    }
}
