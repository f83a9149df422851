package dev.parley.crypto;

/**
 * A public key for signature verification, in Parley's own small form.
 *
 * <p>The x509 module decodes these from a SubjectPublicKeyInfo; the crypto provider checks that
 * the values are usable when a verifier is made from them.
 */
public sealed interface PublicKey permits RsaPublicKey, EcPublicKey, EdPublicKey {

    /** The key family. */
    KeyType type();
}
