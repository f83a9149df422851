package dev.parley.record;

import dev.parley.crypto.Aead;
import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.CryptoProvider;

/**
 * How one direction of a connection protects its records: in the clear before any keys exist, or
 * with an AEAD key and IV the handshake derived (RFC 8446 §5.2–§5.3, RFC 5288, RFC 7905).
 *
 * <p>Each instance belongs to one direction of one connection and carries that direction's
 * sequence number, which starts at zero; installing a new protection into a {@link RecordReader}
 * or {@link RecordWriter} is how keys change (RFC 8446 §5.3: "Each sequence number is set to zero
 * at the beginning of a connection and whenever the key is changed"). An instance can be installed
 * only once.
 *
 * <p>The sealing and opening themselves are package-private: only the reader and writer drive
 * them. Input and output of the AEAD never overlap: Bouncy Castle copies an overlapping input
 * into a fresh array on every call, which for 16 KiB records would be a 16 KiB allocation per
 * record. So TLS 1.3 seals from a staging buffer of its own, and records are opened from the
 * reader's record buffer into its plaintext buffer; both are allocated once per connection.
 */
public abstract sealed class RecordProtection permits PlaintextProtection, AeadRecordProtection {

    /** Length of the AEAD tag every protected record carries (RFC 5116 §5.1, RFC 8439 §2.8). */
    static final int TAG_LENGTH = AeadAlgorithm.TAG_LENGTH;

    RecordProtection() {
    }

    /** The initial state of both directions: no keys, records travel as TLSPlaintext. */
    public static RecordProtection plaintext() {
        return PlaintextProtection.INSTANCE;
    }

    /**
     * TLS 1.3 record protection (RFC 8446 §5.2–§5.3) with a traffic key and IV the key schedule
     * derived (RFC 8446 §7.3).
     *
     * @param iv the 12-byte write IV; it is copied
     */
    public static RecordProtection tls13(CryptoProvider crypto, AeadAlgorithm algorithm, byte[] key, byte[] iv) {
        return tls13(crypto.aead(algorithm, key), iv);
    }

    /**
     * TLS 1.2 AEAD record protection: AES-GCM with an explicit nonce (RFC 5288 §3) or
     * ChaCha20-Poly1305 with the XORed nonce (RFC 7905 §2), with the write key and IV taken from
     * the key block (RFC 5246 §6.3).
     *
     * @param fixedIv the implicit part of the nonce: 4 bytes of salt for AES-GCM, the 12-byte IV
     *        for ChaCha20-Poly1305; it is copied
     */
    public static RecordProtection tls12(CryptoProvider crypto, AeadAlgorithm algorithm, byte[] key, byte[] fixedIv) {
        return tls12(crypto.aead(algorithm, key), fixedIv);
    }

    /**
     * TLS 1.3 protection over an {@link Aead} the caller keyed itself: a provider's AEAD obtained
     * elsewhere, or a test double (fuzzing and benchmarks use one that only copies).
     */
    public static RecordProtection tls13(Aead aead, byte[] iv) {
        return new Tls13RecordProtection(aead, iv);
    }

    /**
     * TLS 1.2 protection over an {@link Aead} the caller keyed itself; GCM or ChaCha20-Poly1305
     * construction according to {@link Aead#algorithm()}.
     */
    public static RecordProtection tls12(Aead aead, byte[] fixedIv) {
        return switch (aead.algorithm()) {
            case AES_128_GCM, AES_256_GCM -> new Tls12GcmRecordProtection(aead, fixedIv);
            case CHACHA20_POLY1305 -> new Tls12ChaChaRecordProtection(aead, fixedIv);
        };
    }

    /** Whether records are encrypted; false only for {@link #plaintext()}. */
    public abstract boolean isEncrypted();

    /**
     * The sequence number the next record will use, which is also the number of records this key
     * has protected so far: an unsigned 64-bit value (compare with {@link Long#compareUnsigned}).
     */
    public abstract long sequenceNumber();

    /**
     * Whether this key has protected so many records that a TLS 1.3 KeyUpdate is due
     * (RFC 8446 §5.5 and §4.6.3). Never true for {@link #plaintext()}.
     */
    public abstract boolean keyUpdateDue();

    /**
     * Makes {@link #keyUpdateDue()} turn true after {@code records} records (unsigned) instead of
     * the AEAD's default; tests use small values.
     */
    public abstract void setKeyUpdateThreshold(long records);

    /**
     * Wipes this protection's copy of the IV and its nonce, and refuses any further use. A reader
     * or writer does this to the protection it replaces, since old keys must not outlive the key
     * change (RFC 8446 §4.6.3: "delete the old traffic secret"). The AEAD key itself lives in the
     * {@link dev.parley.crypto.Aead}, which offers no way to wipe it.
     */
    public abstract void destroy();

    // ---- The contract with RecordReader and RecordWriter ----

    /** Whether this is TLS 1.3 protection, whose records hide their real content type. */
    abstract boolean isTls13();

    /** Marks this instance installed; a second installation would reuse sequence numbers. */
    abstract void claim();

    /** The most bytes a record header may announce under this protection. */
    abstract int maxBodyLength();

    /**
     * The length the plaintext limits apply to, for a record body of {@code bodyLength} bytes:
     * the whole TLSInnerPlaintext in TLS 1.3, the plaintext in TLS 1.2 (RFC 8449 §4). Negative when
     * the body is too short to be a protected record at all.
     */
    abstract int plaintextLength(int bodyLength);

    /** The most {@link #plaintextLength} may be: 2^14+1 in TLS 1.3, 2^14 otherwise. */
    abstract int maxPlaintextLength();

    /** The most content one record may carry toward a peer that accepts {@code peerLimit} bytes. */
    abstract int maxContentLength(int peerLimit);

    /** The most padding a record with {@code contentLength} bytes of content may take. */
    abstract int maxPadding(int contentLength, int peerLimit);

    /** The whole length, header included, of the record for this content and padding. */
    abstract int recordLength(int contentLength, int padding);

    /**
     * Frames and protects one record: the content {@code src[srcOffset, +length)} becomes a
     * complete record at {@code out[outOffset]}, which must have room for
     * {@link #recordLength}. {@code src} may overlap {@code out} (it is then moved first), but is
     * cheapest when it does not.
     *
     * @return the length of the record written
     */
    abstract int seal(int type, int plaintextVersion, byte[] src, int srcOffset, int length, int padding,
                      byte[] out, int outOffset) throws TlsException;

    /**
     * Opens the record whose header starts at {@code record[recordOffset]}, decrypting into
     * {@code plaintext} from offset 0, and says where its content lies and of which type it is.
     * The caller has checked that {@link #plaintextLength} fits {@code plaintext}.
     */
    abstract void open(int type, int version, byte[] record, int recordOffset, int bodyLength, byte[] plaintext,
                       OpenedRecord opened) throws TlsException;
}
