package dev.parley.record;

import dev.parley.crypto.Aead;

/**
 * What the two TLS 1.2 AEAD constructions share (RFC 5246 §6.2.3.3): the record carries
 * {@code nonce_explicit || aead-ciphered content}, the additional data is
 * {@code seq_num || type || version || length}, nothing is padded, and the limits are TLS 1.2's.
 * The subclasses differ only in where the nonce comes from: an 8-byte explicit part after a 4-byte
 * salt for AES-GCM (RFC 5288 §3), none at all for ChaCha20-Poly1305 (RFC 7905 §2).
 */
abstract sealed class Tls12AeadRecordProtection extends AeadRecordProtection
        permits Tls12GcmRecordProtection, Tls12ChaChaRecordProtection {

    Tls12AeadRecordProtection(Aead aead, byte[] iv, int ivLength) {
        super(aead, iv, ivLength);
    }

    /** Length of the nonce_explicit field before the ciphertext: 8 for GCM, 0 for ChaCha20. */
    abstract int explicitNonceLength();

    /** Sets the nonce for sealing record {@code sequenceNumber}. */
    abstract void nonceForSealing(long sequenceNumber);

    /** Writes the explicit nonce of record {@code sequenceNumber} at {@code at}, if there is one. */
    abstract void writeExplicitNonce(byte[] out, int at, long sequenceNumber);

    /** Sets the nonce for opening a record whose explicit nonce (if any) starts at {@code explicitAt}. */
    abstract void nonceForOpening(byte[] record, int explicitAt, long sequenceNumber);

    private int overhead() {
        return explicitNonceLength() + TAG_LENGTH;
    }

    @Override
    final boolean isTls13() {
        return false;
    }

    @Override
    final int maxBodyLength() {
        return RecordLimits.MAX_TLS12_CIPHERTEXT_LENGTH;
    }

    @Override
    final int plaintextLength(int bodyLength) {
        return bodyLength - overhead();
    }

    @Override
    final int maxPlaintextLength() {
        return RecordLimits.MAX_PLAINTEXT_LENGTH;
    }

    @Override
    final int maxContentLength(int peerLimit) {
        // RFC 8449 §4: in TLS 1.2 the limit counts the plaintext itself.
        return Math.min(RecordLimits.MAX_PLAINTEXT_LENGTH, peerLimit);
    }

    @Override
    final int maxPadding(int contentLength, int peerLimit) {
        return 0;
    }

    @Override
    final int recordLength(int contentLength, int padding) {
        return RecordLimits.HEADER_LENGTH + overhead() + contentLength;
    }

    @Override
    final int seal(int type, int plaintextVersion, byte[] src, int srcOffset, int length, int padding,
                   byte[] out, int outOffset) throws TlsException {
        long sequenceNumber = reserveForWriting();
        int version = ProtocolVersion.TLS12.code();
        int explicitAt = outOffset + RecordLimits.HEADER_LENGTH;
        int contentAt = explicitAt + explicitNonceLength();
        if (src == out && srcOffset != contentAt && srcOffset < contentAt + length && contentAt < srcOffset + length) {
            // The content overlaps its destination at another offset: move it first, then seal in place.
            System.arraycopy(src, srcOffset, out, contentAt, length);
            srcOffset = contentAt;
        }
        nonceForSealing(sequenceNumber);
        fillTls12AdditionalData(sequenceNumber, type, version, length);
        aead.seal(nonce, tls12AdditionalData, 0, tls12AdditionalData.length, src, srcOffset, length, out, contentAt);
        // Written after sealing, since a short content may still sit where the explicit nonce goes.
        writeExplicitNonce(out, explicitAt, sequenceNumber);
        RecordHeader.write(out, outOffset, type, version, overhead() + length);
        sequence.advance();
        return RecordLimits.HEADER_LENGTH + overhead() + length;
    }

    @Override
    final void open(int type, int version, byte[] record, int recordOffset, int bodyLength, byte[] plaintext,
                    OpenedRecord opened) throws TlsException {
        long sequenceNumber = reserveForReading();
        if (bodyLength < overhead()) {
            throw new TlsException(RecordFailure.BAD_RECORD_MAC,
                    "a " + bodyLength + "-byte record cannot hold its explicit nonce and tag");
        }
        int explicitAt = recordOffset + RecordLimits.HEADER_LENGTH;
        int contentAt = explicitAt + explicitNonceLength();
        int plaintextLength = bodyLength - overhead();
        nonceForOpening(record, explicitAt, sequenceNumber);
        fillTls12AdditionalData(sequenceNumber, type, version, plaintextLength);
        openInto(tls12AdditionalData, 0, tls12AdditionalData.length, record, contentAt,
                bodyLength - explicitNonceLength(), plaintext, sequenceNumber);
        sequence.advance();
        opened.set(type, plaintext, 0, plaintextLength);
    }
}
