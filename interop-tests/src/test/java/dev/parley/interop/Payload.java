package dev.parley.interop;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * The bulk data of the transfer tests: {@value #SIZE} pseudo-random bytes from a fixed seed, sent
 * in one direction and checked on the other end by SHA-256. The expected digest is computed from
 * the generator alone, never from bytes that went through TLS, so any byte lost, added, reordered
 * or changed on the way shows up as a different digest.
 */
final class Payload {

    /** 10 MiB: hundreds of full records, so sequence numbers, record boundaries and buffers all get exercised. */
    static final int SIZE = 10 * 1024 * 1024;

    private static final int CHUNK = 64 * 1024;
    private static final long SEED = 0x5061726c6579L;

    private Payload() {
    }

    /** The SHA-256 (hex) of the payload, straight from the generator. */
    static String expectedSha256() {
        MessageDigest digest = sha256();
        SplittableRandom random = new SplittableRandom(SEED);
        byte[] chunk = new byte[CHUNK];
        for (int done = 0; done < SIZE; done += CHUNK) {
            fill(random, chunk);
            digest.update(chunk, 0, Math.min(CHUNK, SIZE - done));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Writes the payload to {@code out} in 64 KiB writes and flushes it; the stream stays open. */
    static void writeTo(OutputStream out) throws IOException {
        SplittableRandom random = new SplittableRandom(SEED);
        byte[] chunk = new byte[CHUNK];
        for (int done = 0; done < SIZE; done += CHUNK) {
            fill(random, chunk);
            out.write(chunk, 0, Math.min(CHUNK, SIZE - done));
        }
        out.flush();
    }

    /**
     * Reads exactly {@value #SIZE} bytes from {@code in} and returns their SHA-256 (hex).
     *
     * @throws EOFException if the stream ends first (the message says how much arrived)
     */
    static String readSha256(InputStream in) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[CHUNK];
        int total = 0;
        while (total < SIZE) {
            int n = in.read(buffer, 0, Math.min(buffer.length, SIZE - total));
            if (n < 0) {
                throw new EOFException("the stream ended after " + total + " of " + SIZE + " bytes");
            }
            digest.update(buffer, 0, n);
            total += n;
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void fill(SplittableRandom random, byte[] chunk) {
        for (int i = 0; i < chunk.length; i += 8) {
            long value = random.nextLong();
            for (int j = 0; j < 8; j++) {
                chunk[i + j] = (byte) (value >>> (8 * j));
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
