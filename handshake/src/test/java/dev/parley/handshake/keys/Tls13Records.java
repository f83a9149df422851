package dev.parley.handshake.keys;

import dev.parley.crypto.Aead;
import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.record.TlsException;

/**
 * TLS 1.3 record protection written out for the known-answer tests (RFC 8446 §5.2 and §5.3), so
 * the traffic keys can be checked against every protected record RFC 8448 prints: a record
 * sealed with the derived key and IV must equal the "complete record" byte for byte.
 *
 * <p>This is a test oracle, not the record layer (which lives in record-layer and is another
 * helper's work): it handles one unpadded record and nothing else.
 */
final class Tls13Records {

    /** ContentType values (RFC 8446 §5.1). */
    static final int ALERT = 21;
    static final int HANDSHAKE = 22;
    static final int APPLICATION_DATA = 23;

    private Tls13Records() {
    }

    /** The protected record carrying {@code payload} of {@code contentType}, sequence number {@code sequence}. */
    static Bytes seal(CryptoProvider crypto, TrafficKeys keys, long sequence, int contentType, Bytes payload)
            throws TlsException {
        // RFC 8446 §5.2: TLSInnerPlaintext = content || ContentType type || zeros (none here).
        byte[] inner = payload.concat(Bytes.of((byte) contentType)).toByteArray();
        int length = inner.length + keys.aead().tagLength();
        // RFC 8446 §5.2: additional_data = opaque_type (23) || legacy_record_version (0x0303) || length.
        byte[] header = {APPLICATION_DATA, 0x03, 0x03, (byte) (length >>> 8), (byte) length};
        // RFC 8446 §5.3: the 64-bit sequence number, left-padded to iv_length, XORed with the IV.
        byte[] nonce = keys.iv();
        for (int i = 0; i < 8; i++) {
            nonce[nonce.length - 1 - i] ^= (byte) (sequence >>> (8 * i));
        }
        Aead aead = crypto.aead(keys.aead(), keys.key());
        byte[] record = new byte[header.length + length];
        System.arraycopy(header, 0, record, 0, header.length);
        aead.seal(nonce, header, 0, header.length, inner, 0, inner.length, record, header.length);
        return Bytes.wrap(record);
    }

    /** An unprotected record: the 5-byte header with {@code version} and the payload. */
    static Bytes plaintext(int contentType, int version, Bytes payload) {
        byte[] header = {(byte) contentType, (byte) (version >>> 8), (byte) version,
                (byte) (payload.length() >>> 8), (byte) payload.length()};
        return Bytes.wrap(header).concat(payload);
    }
}
