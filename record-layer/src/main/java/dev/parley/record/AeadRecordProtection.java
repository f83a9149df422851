package dev.parley.record;

import dev.parley.crypto.Aead;
import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.CryptoException;
import java.util.Arrays;

/**
 * What every AEAD record protection shares: one keyed {@link Aead}, the IV, a nonce array reused
 * for every record, the sequence number with its limits, and the construction of the TLS 1.2
 * additional data.
 *
 * <p>Security: the IV is a secret derived from the traffic secret. It is copied in, never
 * printed, and {@link #toString()} shows only the algorithm and the sequence number.
 */
abstract sealed class AeadRecordProtection extends RecordProtection
        permits Tls13RecordProtection, Tls12AeadRecordProtection {

    /** seq_num(8) + type(1) + version(2) + length(2): the TLS 1.2 additional data (RFC 5246 §6.2.3.3). */
    private static final int TLS12_AAD_LENGTH = 13;

    final Aead aead;
    final byte[] iv;
    final byte[] nonce = new byte[AeadAlgorithm.NONCE_LENGTH];
    final byte[] tls12AdditionalData = new byte[TLS12_AAD_LENGTH];
    final RecordSequence sequence;
    private boolean claimed;
    private boolean destroyed;

    AeadRecordProtection(Aead aead, byte[] iv, int ivLength) {
        if (iv.length != ivLength) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " needs a " + ivLength
                    + "-byte IV, not " + iv.length);
        }
        this.aead = aead;
        this.iv = iv.clone();
        this.sequence = new RecordSequence(AeadLimits.recordLimit(aead.algorithm()),
                AeadLimits.keyUpdateThreshold(aead.algorithm()));
    }

    @Override
    public final boolean isEncrypted() {
        return true;
    }

    @Override
    public final long sequenceNumber() {
        return sequence.next();
    }

    @Override
    public final boolean keyUpdateDue() {
        return sequence.keyUpdateDue();
    }

    @Override
    public final void setKeyUpdateThreshold(long records) {
        sequence.setKeyUpdateThreshold(records);
    }

    @Override
    public final void destroy() {
        // Security: the IV is derived from the traffic secret; do not leave it behind.
        Arrays.fill(iv, (byte) 0);
        Arrays.fill(nonce, (byte) 0);
        destroyed = true;
    }

    /** The sequence number for the record about to be sealed, if this key may seal another. */
    final long reserveForWriting() throws TlsException {
        checkNotDestroyed();
        return sequence.reserveForWriting();
    }

    /** The sequence number for the record about to be opened. */
    final long reserveForReading() throws TlsException {
        checkNotDestroyed();
        return sequence.reserveForReading();
    }

    private void checkNotDestroyed() {
        if (destroyed) {
            throw new IllegalStateException("this record protection was destroyed when its keys were replaced");
        }
    }

    @Override
    final void claim() {
        if (claimed) {
            throw new IllegalStateException("this record protection is already installed; "
                    + "new keys need a new RecordProtection (RFC 8446 §5.3)");
        }
        claimed = true;
    }

    /**
     * nonce = IV XOR the sequence number, big-endian and padded on the left with zeros to the
     * IV's length: RFC 8446 §5.3 for TLS 1.3, RFC 7905 §2 for ChaCha20-Poly1305 in TLS 1.2.
     */
    final void xorSequenceIntoNonce(long sequenceNumber) {
        System.arraycopy(iv, 0, nonce, 0, AeadAlgorithm.NONCE_LENGTH);
        for (int i = 0; i < 8; i++) {
            nonce[AeadAlgorithm.NONCE_LENGTH - 1 - i] ^= (byte) (sequenceNumber >>> (8 * i));
        }
    }

    /**
     * RFC 5246 §6.2.3.3: additional_data = seq_num + TLSCompressed.type + TLSCompressed.version +
     * TLSCompressed.length, where the length is that of the plaintext.
     */
    final void fillTls12AdditionalData(long sequenceNumber, int type, int version, int plaintextLength) {
        writeUint64(tls12AdditionalData, 0, sequenceNumber);
        RecordHeader.write(tls12AdditionalData, 8, type, version, plaintextLength);
    }

    /**
     * Opens {@code record[offset, +length)} into {@code plaintext} from offset 0, turning any
     * failure into bad_record_mac and nothing more specific.
     */
    final void openInto(byte[] aad, int aadOffset, int aadLength, byte[] record, int offset, int length,
                        byte[] plaintext, long sequenceNumber) throws TlsException {
        if (length - TAG_LENGTH > plaintext.length) {
            throw new TlsException(RecordFailure.PLAINTEXT_OVERFLOW, "record of " + length + " bytes");
        }
        try {
            aead.open(nonce, aad, aadOffset, aadLength, record, offset, length, plaintext, 0);
        } catch (CryptoException e) {
            // RFC 8446 §5.2: a record that fails to decrypt is bad_record_mac, whatever the cause.
            throw new TlsException(RecordFailure.BAD_RECORD_MAC,
                    "record " + Long.toUnsignedString(sequenceNumber) + " did not authenticate");
        }
    }

    static void writeUint64(byte[] out, int offset, long value) {
        for (int i = 0; i < 8; i++) {
            out[offset + i] = (byte) (value >>> (56 - 8 * i));
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + aead.algorithm() + ", next sequence number "
                + Long.toUnsignedString(sequence.next()) + ")";
    }
}
