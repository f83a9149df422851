package dev.parley.record;

import dev.parley.crypto.Aead;
import dev.parley.crypto.AeadAlgorithm;
import java.util.Arrays;

/**
 * TLS 1.3 record protection (RFC 8446 §5.2–§5.4).
 *
 * <pre>
 * struct {
 *     opaque content[TLSPlaintext.length];
 *     ContentType type;
 *     uint8 zeros[length_of_padding];
 * } TLSInnerPlaintext;
 *
 * struct {
 *     ContentType opaque_type = application_data; // 23
 *     ProtocolVersion legacy_record_version = 0x0303;
 *     uint16 length;
 *     opaque encrypted_record[TLSCiphertext.length];
 * } TLSCiphertext;
 * </pre>
 *
 * The per-record nonce is the IV XOR the sequence number; the additional data is the record
 * header. The TLSInnerPlaintext is assembled in a staging buffer (the content, its type byte and
 * the padding must be contiguous for the AEAD) and sealed from there into the record.
 */
final class Tls13RecordProtection extends AeadRecordProtection {

    /** Where TLSInnerPlaintext is assembled for sealing; made on the first seal (writers only). */
    private byte[] staging;

    Tls13RecordProtection(Aead aead, byte[] iv) {
        super(aead, iv, AeadAlgorithm.NONCE_LENGTH);
    }

    @Override
    boolean isTls13() {
        return true;
    }

    @Override
    int maxBodyLength() {
        return RecordLimits.MAX_TLS13_CIPHERTEXT_LENGTH;
    }

    @Override
    int plaintextLength(int bodyLength) {
        return bodyLength - TAG_LENGTH;
    }

    @Override
    int maxPlaintextLength() {
        return RecordLimits.MAX_TLS13_INNER_PLAINTEXT_LENGTH;
    }

    @Override
    int maxContentLength(int peerLimit) {
        // RFC 8449 §4: the limit counts the whole TLSInnerPlaintext, so one byte goes to the type.
        return Math.min(RecordLimits.MAX_PLAINTEXT_LENGTH, peerLimit - 1);
    }

    @Override
    int maxPadding(int contentLength, int peerLimit) {
        // RFC 8446 §5.4: padding never takes TLSInnerPlaintext past 2^14+1 octets.
        int maxInner = Math.min(RecordLimits.MAX_TLS13_INNER_PLAINTEXT_LENGTH, peerLimit);
        return Math.max(0, maxInner - contentLength - 1);
    }

    @Override
    int recordLength(int contentLength, int padding) {
        return RecordLimits.HEADER_LENGTH + contentLength + 1 + padding + TAG_LENGTH;
    }

    @Override
    int seal(int type, int plaintextVersion, byte[] src, int srcOffset, int length, int padding,
             byte[] out, int outOffset) throws TlsException {
        long sequenceNumber = reserveForWriting();
        int innerLength = length + 1 + padding;
        if (staging == null || staging.length < innerLength) {
            // The writer never asks for more than 2^14+1; only tests seal larger records on purpose.
            staging = new byte[Math.max(innerLength, RecordLimits.MAX_TLS13_INNER_PLAINTEXT_LENGTH)];
        }
        System.arraycopy(src, srcOffset, staging, 0, length);
        // RFC 8446 §5.2: the real type follows the content, then the zeros of the padding.
        staging[length] = (byte) type;
        Arrays.fill(staging, length + 1, innerLength, (byte) 0);
        // RFC 8446 §5.2: outer type application_data, legacy_record_version 0x0303.
        RecordHeader.write(out, outOffset, ContentType.APPLICATION_DATA.code(), ProtocolVersion.TLS12.code(),
                innerLength + TAG_LENGTH);
        xorSequenceIntoNonce(sequenceNumber);
        // RFC 8446 §5.2: additional_data = TLSCiphertext.opaque_type || legacy_record_version || length.
        aead.seal(nonce, out, outOffset, RecordLimits.HEADER_LENGTH, staging, 0, innerLength,
                out, outOffset + RecordLimits.HEADER_LENGTH);
        sequence.advance();
        return RecordLimits.HEADER_LENGTH + innerLength + TAG_LENGTH;
    }

    @Override
    void open(int type, int version, byte[] record, int recordOffset, int bodyLength, byte[] plaintext,
              OpenedRecord opened) throws TlsException {
        long sequenceNumber = reserveForReading();
        xorSequenceIntoNonce(sequenceNumber);
        // The header as it arrived is the additional data: any change to it fails the tag.
        openInto(record, recordOffset, RecordLimits.HEADER_LENGTH, record, recordOffset + RecordLimits.HEADER_LENGTH,
                bodyLength, plaintext, sequenceNumber);
        sequence.advance();
        // RFC 8446 §5.4: the content type is the last non-zero octet; everything after it is padding.
        int end = bodyLength - TAG_LENGTH - 1;
        while (end >= 0 && plaintext[end] == 0) {
            end--;
        }
        if (end < 0) {
            throw new TlsException(RecordFailure.MISSING_INNER_CONTENT_TYPE,
                    "TLSInnerPlaintext of " + (bodyLength - TAG_LENGTH) + " bytes holds only zeros");
        }
        opened.set(plaintext[end] & 0xFF, plaintext, 0, end);
    }
}
