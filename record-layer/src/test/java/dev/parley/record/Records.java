package dev.parley.record;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small helpers for building records by hand and reading byte streams in tests. */
final class Records {

    private Records() {
    }

    /** A record with any header fields (legal or not) and {@code body}. */
    static byte[] record(int type, int version, byte[] body) {
        byte[] record = new byte[RecordLimits.HEADER_LENGTH + body.length];
        RecordHeader.write(record, 0, type, version, body.length);
        System.arraycopy(body, 0, record, RecordLimits.HEADER_LENGTH, body.length);
        return record;
    }

    /** Just a header announcing {@code length} bytes. */
    static byte[] header(int type, int version, int length) {
        byte[] header = new byte[RecordLimits.HEADER_LENGTH];
        RecordHeader.write(header, 0, type, version, length);
        return header;
    }

    /** One record written by {@code writer}. */
    static byte[] write(RecordWriter writer, ContentType type, byte[] content) throws TlsException {
        byte[] out = new byte[RecordLimits.MAX_RECORD_LENGTH];
        int length = writer.writeRecord(type, content, 0, content.length, out, 0);
        return Arrays.copyOf(out, length);
    }

    /**
     * Seals a record straight through {@code protection}, bypassing every rule of the writer:
     * how tests make records a correct peer would never send.
     */
    static byte[] sealRaw(RecordProtection protection, int type, byte[] content, int padding) throws TlsException {
        byte[] out = new byte[RecordLimits.HEADER_LENGTH + content.length + padding + 64];
        int length = protection.seal(type, ProtocolVersion.TLS12.code(), content, 0, content.length, padding, out, 0);
        return Arrays.copyOf(out, length);
    }

    /** Reads every record in {@code wire} with {@code reader}, copying each one out. */
    static List<Copy> readAll(RecordReader reader, byte[] wire) throws TlsException {
        ByteBuffer in = ByteBuffer.wrap(wire);
        List<Copy> records = new ArrayList<>();
        while (true) {
            var record = reader.read(in);
            if (record.isEmpty()) {
                return records;
            }
            records.add(new Copy(record.get().type(), record.get().toBytes().toByteArray()));
        }
    }

    /** Concatenates byte arrays: coalesced records. */
    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] joined = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, joined, at, part.length);
            at += part.length;
        }
        return joined;
    }

    /** Moves {@code protection}'s sequence number (tests reach the ends of the number space). */
    static void skipTo(RecordProtection protection, long sequenceNumber) {
        ((AeadRecordProtection) protection).sequence.skipTo(sequenceNumber);
    }

    /** A record's type and content, copied out of the reader's buffer. */
    record Copy(ContentType type, byte[] content) {
    }
}
