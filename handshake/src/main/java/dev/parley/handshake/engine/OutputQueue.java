package dev.parley.handshake.engine;

import java.nio.ByteBuffer;

/**
 * Records waiting to be sent, in order: the record writer seals straight into this buffer, and the
 * owner drains it with {@link #drainTo}. It grows as a handshake flight needs and is compacted as
 * it drains; application writes ask {@link #hasRoomForMore} first, so a peer that does not read
 * cannot make it grow without bound.
 */
final class OutputQueue {

    /** Past this many queued bytes, application writes wait for the owner to drain the queue. */
    static final int APPLICATION_HIGH_WATER = 64 * 1024;

    private ByteBuffer buffer = ByteBuffer.allocate(8 * 1024);
    private int drained;

    /** The buffer to seal records into, with at least {@code room} bytes free at its position. */
    ByteBuffer reserve(int room) {
        if (buffer.remaining() < room) {
            compact();
        }
        if (buffer.remaining() < room) {
            ByteBuffer larger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + room));
            buffer.flip();
            larger.put(buffer);
            buffer = larger;
        }
        return buffer;
    }

    /** Bytes waiting to be sent. */
    int pending() {
        return buffer.position() - drained;
    }

    /** Whether application data may be queued behind what is waiting. */
    boolean hasRoomForMore() {
        return pending() < APPLICATION_HIGH_WATER;
    }

    /** Moves as many waiting bytes as fit into {@code out}; returns how many. */
    int drainTo(ByteBuffer out) {
        int count = Math.min(pending(), out.remaining());
        out.put(buffer.array(), drained, count);
        drained += count;
        if (drained == buffer.position()) {
            buffer.clear();
            drained = 0;
        }
        return count;
    }

    private void compact() {
        if (drained == 0) {
            return;
        }
        int waiting = pending();
        System.arraycopy(buffer.array(), drained, buffer.array(), 0, waiting);
        buffer.position(waiting);
        drained = 0;
    }
}
