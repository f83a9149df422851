package dev.parley.crypto.bc;

import dev.parley.crypto.RandomSource;
import java.security.SecureRandom;

/**
 * Presents a {@link RandomSource} as the {@link SecureRandom} Bouncy Castle's generators and
 * signers ask for, so that every random byte still comes from the provider's one source.
 */
final class SecureRandomAdapter extends SecureRandom {

    private final transient RandomSource source;

    SecureRandomAdapter(RandomSource source) {
        super(null, null);
        this.source = source;
    }

    @Override
    public void nextBytes(byte[] bytes) {
        source.nextBytes(bytes);
    }

    @Override
    public byte[] generateSeed(int numBytes) {
        return source.bytes(numBytes);
    }

    @Override
    public void setSeed(long seed) {
        // The adapted source owns its seeding; SecureRandom's constructor calls this, so ignore it.
    }

    @Override
    public String getAlgorithm() {
        return "Parley RandomSource";
    }
}
