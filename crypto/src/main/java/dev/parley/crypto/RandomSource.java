package dev.parley.crypto;

/**
 * Where every random byte Parley uses comes from: client and server randoms, key shares,
 * ticket nonces, PSS salts.
 *
 * <p>The provider's default is the platform's strongest {@link java.security.SecureRandom}; tests
 * inject a seeded source so that whole handshakes replay byte for byte.
 */
@FunctionalInterface
public interface RandomSource {

    /** Fills {@code bytes} with random bytes. */
    void nextBytes(byte[] bytes);

    /** A fresh array of {@code length} random bytes. */
    default byte[] bytes(int length) {
        byte[] out = new byte[length];
        nextBytes(out);
        return out;
    }
}
