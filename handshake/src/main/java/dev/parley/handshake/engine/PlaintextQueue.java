package dev.parley.handshake.engine;

import dev.parley.record.ReceivedRecord;
import java.nio.ByteBuffer;

/**
 * Application data received and decrypted but not yet read by the owner. Bounded: the engine opens
 * another application data record only while {@link #hasRoomForRecord} holds, so the plaintext of
 * a peer that writes faster than the owner reads stays encrypted in the owner's input instead of
 * piling up here.
 */
final class PlaintextQueue {

    private static final int CAPACITY = 64 * 1024;
    private static final int MAX_RECORD_PLAINTEXT = 1 << 14;

    // Allocated with the first application data: many connections (a resumption check, a failed
    // handshake) never receive any.
    private byte[] buffer;
    private int start;
    private int end;

    /** Whether one more record's plaintext is sure to fit. */
    boolean hasRoomForRecord() {
        return CAPACITY - pending() >= MAX_RECORD_PLAINTEXT;
    }

    /** Bytes waiting to be read. */
    int pending() {
        return end - start;
    }

    /** Appends the content of {@code record}, which must fit. */
    void add(ReceivedRecord record) {
        if (buffer == null) {
            buffer = new byte[CAPACITY];
        }
        if (CAPACITY - end < record.length()) {
            System.arraycopy(buffer, start, buffer, 0, pending());
            end -= start;
            start = 0;
        }
        record.copyTo(0, buffer, end, record.length());
        end += record.length();
    }

    /** Moves as many bytes as fit into {@code out}; returns how many. */
    int readTo(ByteBuffer out) {
        int count = Math.min(pending(), out.remaining());
        if (count == 0) {
            return 0;
        }
        out.put(buffer, start, count);
        start += count;
        if (start == end) {
            start = 0;
            end = 0;
        }
        return count;
    }
}
