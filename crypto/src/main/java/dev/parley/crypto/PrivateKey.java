package dev.parley.crypto;

/**
 * A private signing key, in Parley's own small form.
 *
 * <p>Security: implementations are final classes, not records, so that {@code toString} never
 * prints the secret; {@link #destroy()} overwrites what can be overwritten (array-held values;
 * {@link java.math.BigInteger}s are immutable and are only dropped).
 */
public sealed interface PrivateKey permits RsaPrivateKey, EcPrivateKey, EdPrivateKey {

    /** The key family. */
    KeyType type();

    /** Overwrites the secret material; the key cannot be used afterwards. */
    void destroy();

    /** Whether {@link #destroy()} has been called. */
    boolean isDestroyed();
}
