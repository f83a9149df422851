package dev.parley.record;

import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.Optional;

/**
 * The receiving half of the record layer: bytes from the network in, opened records out
 * (RFC 8446 §5, RFC 5246 §6.2).
 *
 * <p>Each {@link #read} takes from its input at most the rest of one record, so keys installed
 * between two calls apply exactly from the next record on, however the records were coalesced
 * on the wire. A record is collected in one bounded buffer, decrypted into a second one (which
 * holds at most a TLSInnerPlaintext) and handed out as a {@link ReceivedRecord} view; nothing is
 * allocated per record beyond that small view.
 *
 * <p>Every check of RFC 8446 §5 and RFC 5246 §6 that the record layer can make is made here or
 * in the installed {@link RecordProtection}; every failure is a {@link TlsException} with a
 * {@link RecordFailure}, after which the reader stays failed and repeats that failure. Whether a
 * record of a given type is welcome at this point of the handshake is the engine's question.
 *
 * <p>One reader serves one direction of one connection and is not safe for concurrent use.
 */
public final class RecordReader {

    /**
     * How many records in a row may carry nothing (zero-length application data, warning alerts,
     * change_cipher_spec) before the stream is refused: 16, as in Go's crypto/tls.
     */
    public static final int MAX_CONSECUTIVE_EMPTY_RECORDS = 16;

    private final RecordDeframer deframer = new RecordDeframer();
    private final OpenedRecord opened = new OpenedRecord();
    private byte[] plaintext;
    private RecordProtection protection = RecordProtection.plaintext();
    private ProtocolVersion negotiatedVersion;
    private int recordSizeLimit = RecordLimits.MAX_TLS13_INNER_PLAINTEXT_LENGTH;
    private long earlyDataBudget = -1;
    private boolean plaintextAlertsAllowed;
    private int consecutiveEmptyRecords;
    private long generation;
    private TlsException failure;

    /** A reader in the initial state: no keys, no version negotiated. */
    public RecordReader() {
    }

    /**
     * Opens records with {@code next} from the next record on, with a sequence number starting
     * at zero (RFC 8446 §5.3, RFC 5246 §6.1). The protection it replaces is destroyed.
     *
     * @throws IllegalStateException if {@code next} was installed before
     */
    public void install(RecordProtection next) {
        next.claim();
        if (next.isEncrypted() && plaintext == null) {
            plaintext = new byte[RecordLimits.MAX_TLS13_INNER_PLAINTEXT_LENGTH];
        }
        protection.destroy();
        this.protection = next;
    }

    /** The protection records are currently opened with. */
    public RecordProtection protection() {
        return protection;
    }

    /**
     * Tells the reader which version the handshake negotiated, which decides what a record
     * header's version may be: exactly {03,03} once TLS 1.2 is agreed; any {03,XX} in TLS 1.3,
     * where the field "MUST be ignored for all purposes" (RFC 8446 §5.1), and before negotiation
     * (RFC 5246 Appendix E.1: "MUST accept any value {03,XX}").
     */
    public void setNegotiatedVersion(ProtocolVersion version) {
        this.negotiatedVersion = Objects.requireNonNull(version, "version");
    }

    /**
     * The record_size_limit this endpoint advertised (RFC 8449 §4): protected records whose
     * plaintext (in TLS 1.3, the whole TLSInnerPlaintext) is longer are refused with
     * record_overflow. Unprotected records are not subject to it.
     */
    public void setRecordSizeLimit(int limit) {
        if (limit < RecordLimits.MIN_RECORD_SIZE_LIMIT) {
            throw new IllegalArgumentException("record_size_limit below 64: " + limit);
        }
        this.recordSizeLimit = limit;
    }

    /**
     * Skips rejected 0-RTT data (RFC 8446 §4.2.10): until a record opens with the installed
     * protection, records that fail to open are dropped instead of failing the connection, up to
     * {@code maxEarlyDataBytes} bytes of their content; past that the connection fails with
     * {@link RecordFailure#EARLY_DATA_LIMIT_EXCEEDED}. A dropped record uses no sequence number.
     */
    public void discardUndecryptableRecords(long maxEarlyDataBytes) {
        if (maxEarlyDataBytes < 0) {
            throw new IllegalArgumentException("negative early data budget: " + maxEarlyDataBytes);
        }
        this.earlyDataBudget = maxEarlyDataBytes;
    }

    /**
     * Ends the skipping of {@link #discardUndecryptableRecords}: from now on a record that fails
     * to open fails the connection. A server that answered 0-RTT with a HelloRetryRequest calls it
     * when the second ClientHello arrives (RFC 8446 §4.2.10: only records before it are skipped).
     */
    public void stopDiscardingUndecryptableRecords() {
        this.earlyDataBudget = -1;
    }

    /**
     * Accepts unencrypted alert records under TLS 1.3 keys until the first record opens with them.
     * A peer that fails before it has installed its own handshake keys sends its alert in the
     * clear, after we installed ours for reading (OpenSSL allows the same window); without this,
     * its alert would be reported as our own unexpected_message instead of the peer's reason.
     */
    public void allowPlaintextAlertsUntilEncryptedRecord() {
        this.plaintextAlertsAllowed = true;
    }

    /** Whether the current read key has opened enough records that a key update is due. */
    public boolean keyUpdateDue() {
        return protection.keyUpdateDue();
    }

    /**
     * Bytes of a record that has begun but not yet completed; non-zero when the peer's stream
     * ends, it ended in the middle of a record.
     */
    public int bufferedBytes() {
        return deframer.buffered();
    }

    /**
     * Takes bytes from {@code in} up to the end of the next record and opens that record.
     * The input's position moves past what was taken.
     *
     * @return the record, or empty when {@code in} ran out before the record was complete
     * @throws TlsException when the record breaks a rule of the record layer
     */
    public Optional<ReceivedRecord> read(ByteBuffer in) throws TlsException {
        if (failure != null) {
            throw failure;
        }
        generation++; // the previous record's view ends here: its bytes are about to be reused
        try {
            while (true) {
                if (!deframer.hasHeader()) {
                    if (!deframer.fillHeader(in)) {
                        return Optional.empty();
                    }
                    checkHeader(deframer.type(), deframer.version(), deframer.bodyLength());
                }
                if (!deframer.fillBody(in)) {
                    return Optional.empty();
                }
                ReceivedRecord record = openRecord();
                deframer.clear();
                if (record != null) {
                    return Optional.of(record);
                }
            }
        } catch (TlsException e) {
            failure = e;
            throw e;
        }
    }

    long generation() {
        return generation;
    }

    private void checkHeader(int type, int version, int length) throws TlsException {
        if (type < ContentType.CHANGE_CIPHER_SPEC.code() || type > ContentType.APPLICATION_DATA.code()) {
            throw new TlsException(RecordFailure.UNKNOWN_CONTENT_TYPE, "record of " + new ContentType(type));
        }
        if (version >>> 8 != 3) {
            // RFC 5246 Appendix E.1: every record version is {03,XX}.
            throw new TlsException(RecordFailure.RECORD_VERSION_NOT_TLS, "record version " + new ProtocolVersion(version));
        }
        if (ProtocolVersion.TLS12.equals(negotiatedVersion) && version != ProtocolVersion.TLS12.code()) {
            // RFC 5246 §6.2.1: after negotiation the version is that of the protocol employed.
            throw new TlsException(RecordFailure.RECORD_VERSION_MISMATCH,
                    "record version " + new ProtocolVersion(version) + " on a TLSv1.2 connection");
        }
        int maxLength = protection.maxBodyLength();
        if (protection.isTls13() && type != ContentType.APPLICATION_DATA.code()) {
            if (type != ContentType.CHANGE_CIPHER_SPEC.code() && !isAllowedPlaintextAlert(type)) {
                // RFC 8446 §5.2: under keys the outer type is always application_data.
                throw new TlsException(RecordFailure.UNENCRYPTED_RECORD_UNDER_TLS13_KEYS,
                        "unencrypted " + new ContentType(type) + " record after the key change");
            }
            // RFC 8446 §5: the compatibility change_cipher_spec stays unencrypted; the engine judges it.
            maxLength = RecordLimits.MAX_PLAINTEXT_LENGTH;
        }
        if (length > maxLength) {
            // RFC 8446 §5.1-§5.2, RFC 5246 §6.2.1-§6.2.3: longer records are record_overflow.
            throw new TlsException(RecordFailure.RECORD_LENGTH_OVERFLOW,
                    "record of " + length + " bytes; at most " + maxLength + " allowed here");
        }
    }

    /** Opens the complete record in the deframer; null when it was dropped as early data. */
    private ReceivedRecord openRecord() throws TlsException {
        int type = deframer.type();
        int version = deframer.version();
        int bodyLength = deframer.bodyLength();
        boolean encrypted = protection.isEncrypted()
                && !(protection.isTls13() && (type == ContentType.CHANGE_CIPHER_SPEC.code() || isAllowedPlaintextAlert(type)));
        RecordProtection opener = encrypted ? protection : RecordProtection.plaintext();
        if (encrypted) {
            checkPlaintextLength(opener.plaintextLength(bodyLength));
            if (!tryOpen(opener, type, version, bodyLength)) {
                return null;
            }
        } else {
            opener.open(type, version, deframer.buffer(), 0, bodyLength, plaintext, opened);
        }
        checkContent(opened.type, opened.length, encrypted);
        return new ReceivedRecord(this, generation, new ContentType(opened.type), version, encrypted,
                opened.buffer, opened.offset, opened.length);
    }

    private boolean tryOpen(RecordProtection opener, int type, int version, int bodyLength) throws TlsException {
        try {
            opener.open(type, version, deframer.buffer(), 0, bodyLength, plaintext, opened);
            earlyDataBudget = -1;
            plaintextAlertsAllowed = false;
            return true;
        } catch (TlsException e) {
            if (earlyDataBudget < 0 || e.reason() != RecordFailure.BAD_RECORD_MAC) {
                throw e;
            }
            // RFC 8446 §4.2.10: drop records that fail deprotection, up to max_early_data_size.
            // Their application data is at most the body less the tag and the content type byte.
            earlyDataBudget -= Math.max(0, bodyLength - RecordProtection.TAG_LENGTH - 1);
            if (earlyDataBudget < 0) {
                throw new TlsException(RecordFailure.EARLY_DATA_LIMIT_EXCEEDED,
                        "more undecryptable early data than max_early_data_size");
            }
            return false;
        }
    }

    private boolean isAllowedPlaintextAlert(int type) {
        return plaintextAlertsAllowed && type == ContentType.ALERT.code();
    }

    private void checkPlaintextLength(int plaintextLength) throws TlsException {
        if (plaintextLength > protection.maxPlaintextLength()) {
            // RFC 8446 §5.4 (TLSInnerPlaintext at most 2^14+1), RFC 5246 §6.2.1 (at most 2^14).
            throw new TlsException(RecordFailure.PLAINTEXT_OVERFLOW,
                    "record holds " + plaintextLength + " bytes of plaintext");
        }
        if (plaintextLength > recordSizeLimit) {
            // RFC 8449 §4: a record larger than the limit we advertised.
            throw new TlsException(RecordFailure.RECORD_SIZE_LIMIT_EXCEEDED,
                    "record holds " + plaintextLength + " bytes; record_size_limit is " + recordSizeLimit);
        }
    }

    private void checkContent(int type, int length, boolean encrypted) throws TlsException {
        if (encrypted && protection.isTls13()) {
            if (type == ContentType.CHANGE_CIPHER_SPEC.code()) {
                // RFC 8446 §5: a protected change_cipher_spec is unexpected_message.
                throw new TlsException(RecordFailure.PROTECTED_CHANGE_CIPHER_SPEC,
                        "change_cipher_spec inside an encrypted record");
            }
            if (type < ContentType.ALERT.code() || type > ContentType.APPLICATION_DATA.code()) {
                // RFC 8446 §5: an unknown inner content type is unexpected_message.
                throw new TlsException(RecordFailure.UNKNOWN_CONTENT_TYPE,
                        "encrypted record of " + new ContentType(type));
            }
        }
        if (length == 0 && type != ContentType.APPLICATION_DATA.code()) {
            // RFC 8446 §5.1, RFC 5246 §6.2.1: only application data may come in empty fragments.
            throw new TlsException(RecordFailure.EMPTY_FRAGMENT, "empty " + new ContentType(type) + " record");
        }
        if (type == ContentType.ALERT.code() && length != Alert.LENGTH) {
            // RFC 8446 §5.1: "a record with an Alert type MUST contain exactly one message".
            throw new TlsException(RecordFailure.ALERT_RECORD_LENGTH, "alert record of " + length + " bytes");
        }
        countEmptyRecords(type, length);
    }

    private void countEmptyRecords(int type, int length) throws TlsException {
        byte[] content = opened.buffer;
        boolean carriesNothing = length == 0
                || type == ContentType.CHANGE_CIPHER_SPEC.code()
                || (type == ContentType.ALERT.code()
                        && content[opened.offset] == AlertLevel.WARNING.code()
                        && content[opened.offset + 1] != AlertDescription.CLOSE_NOTIFY.code());
        consecutiveEmptyRecords = carriesNothing ? consecutiveEmptyRecords + 1 : 0;
        if (consecutiveEmptyRecords > MAX_CONSECUTIVE_EMPTY_RECORDS) {
            // Go's crypto/tls, OpenSSL and BoringSSL refuse an endless stream of records that carry nothing.
            throw new TlsException(RecordFailure.TOO_MANY_EMPTY_RECORDS,
                    consecutiveEmptyRecords + " records in a row carried nothing");
        }
    }
}
