package dev.parley.crypto;

/** A keyed HMAC computation (RFC 2104). */
public interface Hmac {

    HashAlgorithm algorithm();

    void update(byte[] input, int offset, int length);

    default void update(byte[] input) {
        update(input, 0, input.length);
    }

    /** Finishes, returns the MAC and resets to the keyed empty state for the next message. */
    byte[] doFinal();

    /** MAC length in bytes, the hash's output length. */
    default int macLength() {
        return algorithm().outputLength();
    }
}
