package dev.parley.crypto;

/**
 * A running hash computation whose state can be copied, which the TLS transcript needs to take
 * Transcript-Hash snapshots without ending the computation (RFC 8446 §4.4.1).
 */
public interface Hash {

    HashAlgorithm algorithm();

    /** Absorbs {@code length} bytes of {@code input} from {@code offset}. */
    void update(byte[] input, int offset, int length);

    /** Absorbs all of {@code input}. */
    default void update(byte[] input) {
        update(input, 0, input.length);
    }

    /** Finishes the computation, returns the digest and resets to the empty state. */
    byte[] digest();

    /** An independent copy of the current state. */
    Hash copy();

    /** The digest of what was absorbed so far, leaving this computation running. */
    default byte[] snapshot() {
        return copy().digest();
    }
}
