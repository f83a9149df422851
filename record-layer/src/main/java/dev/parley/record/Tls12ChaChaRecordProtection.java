package dev.parley.record;

import dev.parley.crypto.Aead;
import dev.parley.crypto.AeadAlgorithm;

/**
 * TLS 1.2 ChaCha20-Poly1305 record protection (RFC 7905 §2): no explicit nonce; the nonce is the
 * 12-byte IV XOR the padded sequence number, exactly as in TLS 1.3, and the additional data is
 * that of RFC 5246 §6.2.3.3.
 */
final class Tls12ChaChaRecordProtection extends AeadRecordProtection {

    Tls12ChaChaRecordProtection(Aead aead, byte[] iv) {
        super(aead, iv, AeadAlgorithm.NONCE_LENGTH);
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
        return bodyLength - TAG_LENGTH;
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
        return RecordLimits.HEADER_LENGTH + contentLength + TAG_LENGTH;
    }

    @Override
    int seal(int type, int plaintextVersion, byte[] src, int srcOffset, int length, int padding,
             byte[] out, int outOffset) throws TlsException {
        long sequenceNumber = reserveForWriting();
        int version = ProtocolVersion.TLS12.code();
        int contentAt = outOffset + RecordLimits.HEADER_LENGTH;
        if (src == out && srcOffset != contentAt && srcOffset < contentAt + length && contentAt < srcOffset + length) {
            // The content overlaps its destination at another offset: move it first, then seal in place.
            System.arraycopy(src, srcOffset, out, contentAt, length);
            srcOffset = contentAt;
        }
        // RFC 7905 §2: the padded sequence number XORed with the write IV.
        xorSequenceIntoNonce(sequenceNumber);
        fillTls12AdditionalData(sequenceNumber, type, version, length);
        aead.seal(nonce, tls12AdditionalData, 0, tls12AdditionalData.length, src, srcOffset, length, out, contentAt);
        RecordHeader.write(out, outOffset, type, version, length + TAG_LENGTH);
        sequence.advance();
        return RecordLimits.HEADER_LENGTH + length + TAG_LENGTH;
    }

    @Override
    void open(int type, int version, byte[] record, int recordOffset, int bodyLength, byte[] plaintext,
              OpenedRecord opened) throws TlsException {
        long sequenceNumber = reserveForReading();
        if (bodyLength < TAG_LENGTH) {
            throw new TlsException(RecordFailure.BAD_RECORD_MAC,
                    "a " + bodyLength + "-byte record cannot hold a tag");
        }
        int contentAt = recordOffset + RecordLimits.HEADER_LENGTH;
        int plaintextLength = bodyLength - TAG_LENGTH;
        xorSequenceIntoNonce(sequenceNumber);
        fillTls12AdditionalData(sequenceNumber, type, version, plaintextLength);
        openInto(tls12AdditionalData, 0, tls12AdditionalData.length, record, contentAt, bodyLength,
                plaintext, sequenceNumber);
        sequence.advance();
        opened.set(type, plaintext, 0, plaintextLength);
    }
}
