package dev.parley.record;

/**
 * Where the content of an opened record lies (the reader's record buffer for unencrypted records,
 * its plaintext buffer otherwise), and its real type: the mutable result
 * {@link RecordProtection#open} fills in, reused for every record.
 */
final class OpenedRecord {

    int type;
    byte[] buffer;
    int offset;
    int length;

    void set(int type, byte[] buffer, int offset, int length) {
        this.type = type;
        this.buffer = buffer;
        this.offset = offset;
        this.length = length;
    }
}
