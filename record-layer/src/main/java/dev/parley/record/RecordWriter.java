package dev.parley.record;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * The sending half of the record layer: content of a type in, framed and protected records out
 * (RFC 8446 §5, RFC 5246 §6.2).
 *
 * <p>The writer cuts content into fragments no longer than the protocol, the peer's
 * record_size_limit (RFC 8449) and any configured maximum allow, pads TLS 1.3 records as the
 * {@link PaddingPolicy} asks, and seals each record straight into the caller's output array
 * (TLS 1.3 first copies the content once, to append its type byte and padding). Nothing is
 * allocated per record.
 *
 * <p>It refuses to produce what the RFCs forbid: empty handshake, alert or change_cipher_spec
 * fragments and alert records that are not one alert are programming errors
 * ({@link IllegalArgumentException}); running out of sequence numbers or past the AEAD's limit is
 * a {@link TlsException} that ends the connection with close_notify.
 *
 * <p>One writer serves one direction of one connection and is not safe for concurrent use.
 */
public final class RecordWriter {

    private RecordProtection protection = RecordProtection.plaintext();
    private int plaintextRecordVersion = ProtocolVersion.TLS12.code();
    private PaddingPolicy paddingPolicy = PaddingPolicy.NONE;
    private int peerRecordSizeLimit = RecordLimits.MAX_TLS13_INNER_PLAINTEXT_LENGTH;
    private int maxFragmentLength = RecordLimits.MAX_PLAINTEXT_LENGTH;
    private byte[] contentScratch;
    private byte[] recordScratch;

    /** A writer in the initial state: no keys, plaintext records with version {03,03}. */
    public RecordWriter() {
    }

    /**
     * Protects records with {@code next} from the next record on, with a sequence number starting
     * at zero (RFC 8446 §5.3, RFC 5246 §6.1). The protection it replaces is destroyed.
     *
     * @throws IllegalStateException if {@code next} was installed before
     */
    public void install(RecordProtection next) {
        next.claim();
        protection.destroy();
        this.protection = next;
    }

    /** The protection records are currently sealed with. */
    public RecordProtection protection() {
        return protection;
    }

    /**
     * The version field of unprotected records: {03,03} by default; a TLS 1.3 client may use
     * {03,01} for its initial ClientHello (RFC 8446 §5.1). Protected records always carry {03,03}.
     */
    public void setPlaintextRecordVersion(ProtocolVersion version) {
        this.plaintextRecordVersion = version.code();
    }

    /** How TLS 1.3 records are padded (RFC 8446 §5.4); {@link PaddingPolicy#NONE} by default. */
    public void setPaddingPolicy(PaddingPolicy policy) {
        this.paddingPolicy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * The record_size_limit the peer advertised (RFC 8449 §4): protected records carry at most
     * that much plaintext, counting in TLS 1.3 the content type byte and padding. Values above
     * the protocol maximum change nothing.
     */
    public void setPeerRecordSizeLimit(int limit) {
        if (limit < RecordLimits.MIN_RECORD_SIZE_LIMIT) {
            throw new IllegalArgumentException("record_size_limit below 64: " + limit);
        }
        this.peerRecordSizeLimit = limit;
    }

    /**
     * A further limit on the content of every record, protected or not (1..2^14), for peers that
     * negotiated a maximum fragment length or for tests that want small records.
     */
    public void setMaxFragmentLength(int length) {
        if (length < 1 || length > RecordLimits.MAX_PLAINTEXT_LENGTH) {
            throw new IllegalArgumentException("fragment length out of range: " + length);
        }
        this.maxFragmentLength = length;
    }

    /** Whether the current write key has sealed enough records that a key update is due. */
    public boolean keyUpdateDue() {
        return protection.keyUpdateDue();
    }

    /** The most content one record of {@code type} can carry now. */
    public int maxFragmentLength(ContentType type) {
        return Math.min(maxFragmentLength, sealerFor(type.code()).maxContentLength(peerRecordSizeLimit));
    }

    /** The longest record the writer can produce now, header included: an output buffer size. */
    public int maxRecordLength() {
        int content = maxFragmentLength(ContentType.APPLICATION_DATA);
        return protection.recordLength(content, protection.maxPadding(content, peerRecordSizeLimit));
    }

    /**
     * The length, header included, of the next record {@link #write} makes from
     * {@code contentLength} bytes of {@code type}: room to reserve when the longest possible
     * record ({@link #maxRecordLength}) would be far too much, as for most handshake messages.
     */
    public int nextRecordLength(ContentType type, int contentLength) {
        RecordProtection sealer = sealerFor(type.code());
        int length = Math.min(contentLength, maxFragmentLength(type));
        return sealer.recordLength(length, paddingFor(sealer, type, length));
    }

    /**
     * Writes one record holding all of {@code content[offset, offset+length)} into {@code out}
     * at {@code outOffset}. The two may overlap, but writing is cheapest when they do not.
     *
     * @return the length of the record written
     * @throws IllegalArgumentException if {@code length} exceeds {@link #maxFragmentLength} or the
     *         record would be illegal
     * @throws IndexOutOfBoundsException if {@code out} has no room for the record
     * @throws TlsException when the write key has no sequence numbers or uses left
     */
    public int writeRecord(ContentType type, byte[] content, int offset, int length, byte[] out, int outOffset)
            throws TlsException {
        Objects.checkFromIndexSize(offset, length, content.length);
        checkFragment(type, length);
        RecordProtection sealer = sealerFor(type.code());
        int padding = paddingFor(sealer, type, length);
        int recordLength = sealer.recordLength(length, padding);
        Objects.checkFromIndexSize(outOffset, recordLength, out.length);
        return sealer.seal(type.code(), plaintextRecordVersion, content, offset, length, padding, out, outOffset);
    }

    /**
     * Cuts the remaining bytes of {@code content} into records and writes as many whole records
     * as {@code out} has room for. Both buffers' positions move past what was used; content that
     * did not fit stays in {@code content} for the next call. Empty content writes nothing.
     *
     * @return the number of records written
     * @throws TlsException when the write key has no sequence numbers or uses left
     */
    public int write(ContentType type, ByteBuffer content, ByteBuffer out) throws TlsException {
        if (type.equals(ContentType.ALERT) && content.remaining() != Alert.LENGTH) {
            throw new IllegalArgumentException("an alert record holds exactly one alert, not "
                    + content.remaining() + " bytes");
        }
        int records = 0;
        while (content.hasRemaining()) {
            int length = Math.min(content.remaining(), maxFragmentLength(type));
            checkFragment(type, length);
            RecordProtection sealer = sealerFor(type.code());
            int padding = paddingFor(sealer, type, length);
            int recordLength = sealer.recordLength(length, padding);
            if (recordLength > out.remaining()) {
                break;
            }
            writeOne(sealer, type, content, length, padding, out, recordLength);
            records++;
        }
        return records;
    }

    /** Writes {@code alert} as a record of its own; false when {@code out} has no room for it. */
    public boolean writeAlert(Alert alert, ByteBuffer out) throws TlsException {
        ByteBuffer content = ByteBuffer.wrap(Alert.CODEC.encode(alert));
        return write(ContentType.ALERT, content, out) == 1;
    }

    private void writeOne(RecordProtection sealer, ContentType type, ByteBuffer content, int length, int padding,
                          ByteBuffer out, int recordLength) throws TlsException {
        byte[] src;
        int srcOffset;
        if (content.hasArray()) {
            src = content.array();
            srcOffset = content.arrayOffset() + content.position();
        } else {
            if (contentScratch == null) {
                contentScratch = new byte[RecordLimits.MAX_PLAINTEXT_LENGTH];
            }
            src = contentScratch;
            srcOffset = 0;
            content.get(content.position(), src, 0, length);
        }
        if (out.hasArray()) {
            int at = out.arrayOffset() + out.position();
            sealer.seal(type.code(), plaintextRecordVersion, src, srcOffset, length, padding, out.array(), at);
        } else {
            if (recordScratch == null) {
                recordScratch = new byte[RecordLimits.MAX_RECORD_LENGTH];
            }
            sealer.seal(type.code(), plaintextRecordVersion, src, srcOffset, length, padding, recordScratch, 0);
            out.put(out.position(), recordScratch, 0, recordLength);
        }
        content.position(content.position() + length);
        out.position(out.position() + recordLength);
    }

    /** TLS 1.3 sends the compatibility change_cipher_spec unencrypted even under keys (RFC 8446 §5). */
    private RecordProtection sealerFor(int type) {
        if (protection.isTls13() && type == ContentType.CHANGE_CIPHER_SPEC.code()) {
            return RecordProtection.plaintext();
        }
        return protection;
    }

    private int paddingFor(RecordProtection sealer, ContentType type, int length) {
        int maxPadding = sealer.maxPadding(length, peerRecordSizeLimit);
        if (maxPadding == 0) {
            return 0;
        }
        // RFC 8446 §5.4: padding never takes a record past its limits, whatever the policy says.
        return Math.max(0, Math.min(maxPadding, paddingPolicy.paddingLength(type, length, maxPadding)));
    }

    private void checkFragment(ContentType type, int length) {
        int code = type.code();
        if (code < ContentType.CHANGE_CIPHER_SPEC.code() || code > ContentType.APPLICATION_DATA.code()) {
            throw new IllegalArgumentException("Parley does not send records of " + type);
        }
        if (length == 0 && code != ContentType.APPLICATION_DATA.code()) {
            // RFC 8446 §5.1: "Implementations MUST NOT send zero-length fragments of Handshake types".
            throw new IllegalArgumentException("an empty " + type + " fragment may not be sent");
        }
        if (code == ContentType.ALERT.code() && length != Alert.LENGTH) {
            // RFC 8446 §5.1: alerts are neither fragmented nor coalesced.
            throw new IllegalArgumentException("an alert record holds exactly one alert, not " + length + " bytes");
        }
        if (length > maxFragmentLength(type)) {
            throw new IllegalArgumentException(length + " bytes do not fit one record; at most "
                    + maxFragmentLength(type));
        }
    }
}
