package dev.parley.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A deterministic {@link RandomSource} for tests: SHA-256 in counter mode over a seed, block i
 * being SHA-256(seed || i) with i a 64-bit big-endian counter.
 *
 * <p>Two sources with the same seed produce the same stream, so a provider built on one
 * ({@code new BouncyCastleCryptoProvider(new SeededRandomSource("label"))}) makes the same keys,
 * key shares, salts and randoms on every run. Never use it outside tests: the seed is public.
 * Published in the crypto module's test jar for the other modules' tests.
 */
public final class SeededRandomSource implements RandomSource {

    private static final int BLOCK = 32;

    private final byte[] seed;
    private final MessageDigest sha256;
    private final byte[] block = new byte[BLOCK];
    private long counter;
    private int used = BLOCK;

    /** A stream determined by the UTF-8 bytes of {@code seed}. */
    public SeededRandomSource(String seed) {
        this(seed.getBytes(StandardCharsets.UTF_8));
    }

    /** A stream determined by {@code seed}. */
    public SeededRandomSource(byte[] seed) {
        this.seed = seed.clone();
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public synchronized void nextBytes(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (used == BLOCK) {
                refill();
            }
            bytes[i] = block[used++];
        }
    }

    private void refill() {
        sha256.update(seed);
        for (int shift = 56; shift >= 0; shift -= 8) {
            sha256.update((byte) (counter >>> shift));
        }
        counter++;
        byte[] next = sha256.digest();
        System.arraycopy(next, 0, block, 0, BLOCK);
        Arrays.fill(next, (byte) 0);
        used = 0;
    }

    @Override
    public String toString() {
        return "SeededRandomSource[block " + counter + "]";
    }
}
