package dev.parley.record;

import dev.parley.crypto.Aead;

/**
 * TLS 1.2 AES-GCM record protection (RFC 5288 §3, RFC 5246 §6.2.3.3).
 *
 * <pre>
 * struct {
 *     opaque nonce_explicit[8];
 *     aead-ciphered struct { opaque content[TLSCompressed.length]; };
 * } GenericAEADCipher;
 *
 * GCMNonce = salt (the 4-byte implicit part from the key block) || nonce_explicit
 * </pre>
 *
 * <p>The explicit nonce is the record's sequence number. RFC 5288 §3 permits exactly this ("The
 * nonce_explicit MAY be the 64-bit sequence number"); it is distinct for every record under a key
 * by construction, needs no random numbers, and tells an observer nothing the record count does not
 * already tell. A received record's explicit nonce is used as it arrived.
 */
final class Tls12GcmRecordProtection extends Tls12AeadRecordProtection {

    /** RFC 5288 §3: the salt is the first four bytes of the nonce. */
    private static final int SALT_LENGTH = 4;
    private static final int EXPLICIT_NONCE_LENGTH = 8;

    Tls12GcmRecordProtection(Aead aead, byte[] salt) {
        super(aead, salt, SALT_LENGTH);
        System.arraycopy(iv, 0, nonce, 0, SALT_LENGTH);
    }

    @Override
    int explicitNonceLength() {
        return EXPLICIT_NONCE_LENGTH;
    }

    @Override
    void nonceForSealing(long sequenceNumber) {
        writeUint64(nonce, SALT_LENGTH, sequenceNumber);
    }

    @Override
    void writeExplicitNonce(byte[] out, int at, long sequenceNumber) {
        // RFC 5288 §3: nonce_explicit = the sequence number, sent in the clear after the header.
        writeUint64(out, at, sequenceNumber);
    }

    @Override
    void nonceForOpening(byte[] record, int explicitAt, long sequenceNumber) {
        // A received record's explicit nonce is used as it arrived.
        System.arraycopy(record, explicitAt, nonce, SALT_LENGTH, EXPLICIT_NONCE_LENGTH);
    }
}
