package dev.parley.record;

/**
 * The sequence number of one direction under one key (RFC 8446 §5.3, RFC 5246 §6.1): an unsigned
 * 64-bit count that starts at zero with every new key, is never allowed to wrap, and also counts
 * the records a key has protected against its AEAD's limit (RFC 8446 §5.5).
 *
 * <p>A record takes its number with {@code reserve...()} and moves the count on with
 * {@link #advance()} only once it was sealed or opened, so a record that failed to open (and was
 * skipped as rejected early data) does not use up a number.
 */
final class RecordSequence {

    /** 2^64-1 as an unsigned long: the value a sequence number may never take. */
    private static final long EXHAUSTED = -1L;

    private final long recordLimit;
    private long keyUpdateThreshold;
    private long next;

    RecordSequence(long recordLimit, long keyUpdateThreshold) {
        this.recordLimit = recordLimit;
        this.keyUpdateThreshold = keyUpdateThreshold;
    }

    /** The number the next record will use, which is also how many records used this key. */
    long next() {
        return next;
    }

    /** The number for the record about to be sealed. */
    long reserveForWriting() throws TlsException {
        long number = reserveForReading();
        if (Long.compareUnsigned(number, recordLimit) >= 0) {
            // RFC 8446 §5.5: the key protected all the records its AEAD may safely protect.
            throw new TlsException(RecordFailure.KEY_USAGE_LIMIT_REACHED,
                    "this key already protected " + Long.toUnsignedString(number) + " records");
        }
        return number;
    }

    /** The number for the record about to be opened. */
    long reserveForReading() throws TlsException {
        if (next == EXHAUSTED) {
            // RFC 8446 §5.3: a sequence number must never wrap; rekey or close instead.
            throw new TlsException(RecordFailure.SEQUENCE_NUMBERS_EXHAUSTED,
                    "sequence number 2^64-1 reached; the connection must be rekeyed or closed");
        }
        return next;
    }

    /** Counts the record that just used {@link #next()}. */
    void advance() {
        next++;
    }

    /** Whether this key has protected enough records that a key update is due. */
    boolean keyUpdateDue() {
        return Long.compareUnsigned(next, keyUpdateThreshold) >= 0;
    }

    void setKeyUpdateThreshold(long records) {
        this.keyUpdateThreshold = records;
    }

    /** Moves the count to {@code number}: how tests reach the end of the sequence-number space. */
    void skipTo(long number) {
        this.next = number;
    }
}
