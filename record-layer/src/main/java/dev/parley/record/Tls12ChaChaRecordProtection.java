package dev.parley.record;

import dev.parley.crypto.Aead;
import dev.parley.crypto.AeadAlgorithm;

/**
 * TLS 1.2 ChaCha20-Poly1305 record protection (RFC 7905 §2): no explicit nonce; the nonce is the
 * 12-byte IV XOR the padded sequence number, exactly as in TLS 1.3, and the additional data is
 * that of RFC 5246 §6.2.3.3.
 */
final class Tls12ChaChaRecordProtection extends Tls12AeadRecordProtection {

    Tls12ChaChaRecordProtection(Aead aead, byte[] iv) {
        super(aead, iv, AeadAlgorithm.NONCE_LENGTH);
    }

    @Override
    int explicitNonceLength() {
        return 0;
    }

    @Override
    void nonceForSealing(long sequenceNumber) {
        // RFC 7905 §2: the padded sequence number XORed with the write IV.
        xorSequenceIntoNonce(sequenceNumber);
    }

    @Override
    void writeExplicitNonce(byte[] out, int at, long sequenceNumber) {
        // RFC 7905 §2: the record carries no explicit nonce.
    }

    @Override
    void nonceForOpening(byte[] record, int explicitAt, long sequenceNumber) {
        xorSequenceIntoNonce(sequenceNumber);
    }
}
