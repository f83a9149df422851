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
final class Tls12GcmRecordProtection extends AeadRecordProtection {

    /** RFC 5288 §3: the salt is the first four bytes of the nonce. */
    private static final int SALT_LENGTH = 4;
    private static final int EXPLICIT_NONCE_LENGTH = 8;
    private static final int OVERHEAD = EXPLICIT_NONCE_LENGTH + TAG_LENGTH;

    Tls12GcmRecordProtection(Aead aead, byte[] salt) {
        super(aead, salt, SALT_LENGTH);
        System.arraycopy(iv, 0, nonce, 0, SALT_LENGTH);
    }

    @Override
    boolean isTls13() {
        return false;
    }

    @Override
    int maxBodyLength() {
        return RecordLimits.MAX_TLS12_CIPHERTEXT_LENGTH;
    }

    @Override
    int plaintextLength(int bodyLength) {
        return bodyLength - OVERHEAD;
    }

    @Override
    int maxPlaintextLength() {
        return RecordLimits.MAX_PLAINTEXT_LENGTH;
    }

    @Override
    int maxContentLength(int peerLimit) {
        // RFC 8449 §4: in TLS 1.2 the limit counts the plaintext itself.
        return Math.min(RecordLimits.MAX_PLAINTEXT_LENGTH, peerLimit);
    }

    @Override
    int maxPadding(int contentLength, int peerLimit) {
        return 0;
    }

    @Override
    int recordLength(int contentLength, int padding) {
        return RecordLimits.HEADER_LENGTH + OVERHEAD + contentLength;
    }

    @Override
    int seal(int type, int plaintextVersion, byte[] src, int srcOffset, int length, int padding,
             byte[] out, int outOffset) throws TlsException {
        long sequenceNumber = reserveForWriting();
        int version = ProtocolVersion.TLS12.code();
        int explicitAt = outOffset + RecordLimits.HEADER_LENGTH;
        int contentAt = explicitAt + EXPLICIT_NONCE_LENGTH;
        if (src == out && srcOffset != contentAt && srcOffset < contentAt + length && contentAt < srcOffset + length) {
            // The content overlaps its destination at another offset: move it first, then seal in place.
            System.arraycopy(src, srcOffset, out, contentAt, length);
            srcOffset = contentAt;
        }
        writeUint64(nonce, SALT_LENGTH, sequenceNumber);
        fillTls12AdditionalData(sequenceNumber, type, version, length);
        aead.seal(nonce, tls12AdditionalData, 0, tls12AdditionalData.length, src, srcOffset, length, out, contentAt);
        // RFC 5288 §3: nonce_explicit = the sequence number, sent in the clear after the header.
        // Written after sealing, since a short content may still sit where the nonce goes.
        writeUint64(out, explicitAt, sequenceNumber);
        RecordHeader.write(out, outOffset, type, version, OVERHEAD + length);
        sequence.advance();
        return RecordLimits.HEADER_LENGTH + OVERHEAD + length;
    }

    @Override
    void open(int type, int version, byte[] record, int recordOffset, int bodyLength, byte[] plaintext,
              OpenedRecord opened) throws TlsException {
        long sequenceNumber = reserveForReading();
        if (bodyLength < OVERHEAD) {
            throw new TlsException(RecordFailure.BAD_RECORD_MAC,
                    "a " + bodyLength + "-byte record cannot hold an explicit nonce and a tag");
        }
        int explicitAt = recordOffset + RecordLimits.HEADER_LENGTH;
        int contentAt = explicitAt + EXPLICIT_NONCE_LENGTH;
        int plaintextLength = bodyLength - OVERHEAD;
        System.arraycopy(record, explicitAt, nonce, SALT_LENGTH, EXPLICIT_NONCE_LENGTH);
        fillTls12AdditionalData(sequenceNumber, type, version, plaintextLength);
        openInto(tls12AdditionalData, 0, tls12AdditionalData.length, record, contentAt,
                bodyLength - EXPLICIT_NONCE_LENGTH, plaintext, sequenceNumber);
        sequence.advance();
        opened.set(type, plaintext, 0, plaintextLength);
    }
}
