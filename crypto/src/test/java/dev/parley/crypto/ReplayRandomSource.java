package dev.parley.crypto;

import java.util.Objects;

/**
 * A {@link RandomSource} that hands out given bytes in order, for replaying the randoms a
 * published trace used (RFC 8448 prints its client random and X25519 private keys), and then
 * either fails or continues from a fallback source.
 *
 * <p>The replayed bytes form one stream: a request may take the end of one chunk and the start of
 * the next. Published in the crypto module's test jar.
 */
public final class ReplayRandomSource implements RandomSource {

    private final byte[] replay;
    private final RandomSource fallback;
    private int position;

    private ReplayRandomSource(byte[] replay, RandomSource fallback) {
        this.replay = replay;
        this.fallback = fallback;
    }

    /** Replays {@code chunks} in order; asking for more than they hold throws {@link IllegalStateException}. */
    public static ReplayRandomSource of(Bytes... chunks) {
        return new ReplayRandomSource(concat(chunks), null);
    }

    /** Replays {@code chunks} in order, then continues with {@code fallback}. */
    public static ReplayRandomSource of(RandomSource fallback, Bytes... chunks) {
        return new ReplayRandomSource(concat(chunks), Objects.requireNonNull(fallback, "fallback"));
    }

    @Override
    public synchronized void nextBytes(byte[] bytes) {
        int fromReplay = Math.min(bytes.length, replay.length - position);
        if (fromReplay < bytes.length && fallback == null) {
            throw new IllegalStateException("replay exhausted: asked for " + bytes.length + " bytes, "
                    + (replay.length - position) + " left");
        }
        System.arraycopy(replay, position, bytes, 0, fromReplay);
        position += fromReplay;
        if (fromReplay < bytes.length) {
            byte[] rest = fallback.bytes(bytes.length - fromReplay);
            System.arraycopy(rest, 0, bytes, fromReplay, rest.length);
        }
    }

    /** How many replay bytes have not been handed out yet; a test can require zero at the end. */
    public synchronized int remaining() {
        return replay.length - position;
    }

    private static byte[] concat(Bytes... chunks) {
        Bytes all = Bytes.EMPTY;
        for (Bytes chunk : chunks) {
            all = all.concat(chunk);
        }
        return all.toByteArray();
    }
}
