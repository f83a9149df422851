package dev.parley.handshake.integration;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Record-aware tamper hooks for {@link dev.parley.handshake.engine.EnginePair}'s wire, which
 * delivers each flight as one chunk when its chunks are unbounded: split a chunk into its TLS
 * records (RFC 8446 §5.1: type, version, 16-bit length, fragment), then drop, repeat, swap or
 * flip them.
 */
final class Wire {

    private Wire() {
    }

    /** The records of {@code chunk}, each with its 5-byte header; the chunk must hold whole records. */
    static List<byte[]> records(byte[] chunk) {
        List<byte[]> records = new ArrayList<>();
        int at = 0;
        while (at < chunk.length) {
            int length = 5 + ((chunk[at + 3] & 0xFF) << 8 | (chunk[at + 4] & 0xFF));
            byte[] record = new byte[length];
            System.arraycopy(chunk, at, record, 0, length);
            records.add(record);
            at += length;
        }
        return records;
    }

    static byte[] join(List<byte[]> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        records.forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** A hook that applies {@code change} to the {@code n}-th chunk (from 0) and passes the others. */
    static UnaryOperator<byte[]> onChunk(int n, UnaryOperator<byte[]> change) {
        int[] seen = {0};
        return chunk -> seen[0]++ == n ? change.apply(chunk) : chunk;
    }

    /** Flips the last bit of the chunk: inside the last record's AEAD tag. */
    static byte[] flipLastBit(byte[] chunk) {
        byte[] copy = chunk.clone();
        copy[copy.length - 1] ^= 1;
        return copy;
    }

    /** The chunk without its last record. */
    static byte[] dropLastRecord(byte[] chunk) {
        List<byte[]> records = records(chunk);
        return join(records.subList(0, records.size() - 1));
    }

    /** The chunk with every record sent twice. */
    static byte[] repeatRecords(byte[] chunk) {
        List<byte[]> doubled = new ArrayList<>();
        for (byte[] record : records(chunk)) {
            doubled.add(record);
            doubled.add(record);
        }
        return join(doubled);
    }

    /** The chunk with its first two records swapped. */
    static byte[] swapFirstTwoRecords(byte[] chunk) {
        List<byte[]> records = new ArrayList<>(records(chunk));
        byte[] first = records.get(0);
        records.set(0, records.get(1));
        records.set(1, first);
        return join(records);
    }

    /** {@code extra} bytes in front of the chunk. */
    static UnaryOperator<byte[]> prepend(byte[] extra) {
        return chunk -> {
            byte[] joined = new byte[extra.length + chunk.length];
            System.arraycopy(extra, 0, joined, 0, extra.length);
            System.arraycopy(chunk, 0, joined, extra.length, chunk.length);
            return joined;
        };
    }
}
