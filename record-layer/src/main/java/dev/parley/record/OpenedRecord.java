package dev.parley.record;

/**
 * Where the content of an opened record lies in the reader's buffer, and its real type: the
 * mutable result {@link RecordProtection#open} fills in, reused for every record.
 */
final class OpenedRecord {

    int type;
    int offset;
    int length;

    void set(int type, int offset, int length) {
        this.type = type;
        this.offset = offset;
        this.length = length;
    }
}
