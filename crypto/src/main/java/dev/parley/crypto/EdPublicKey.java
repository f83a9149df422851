package dev.parley.crypto;

import java.util.Objects;

/**
 * An EdDSA public key (RFC 8032 §5.1.5 and §5.2.5): 32 bytes for Ed25519, 57 for Ed448.
 *
 * @param type {@link KeyType#ED25519} or {@link KeyType#ED448}
 * @param encoded the encoded point
 */
public record EdPublicKey(KeyType type, Bytes encoded) implements PublicKey {

    public EdPublicKey {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(encoded, "encoded");
        if (type != KeyType.ED25519 && type != KeyType.ED448) {
            throw new IllegalArgumentException("not an EdDSA key type: " + type);
        }
    }
}
