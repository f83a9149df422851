package dev.parley.crypto.bc;

import dev.parley.crypto.CryptoException;
import dev.parley.crypto.EdPrivateKey;
import dev.parley.crypto.KeyType;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.crypto.Signer;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.bouncycastle.math.ec.rfc8032.Ed448;

/** PureEdDSA signing, Ed25519 (RFC 8032 §5.1.6) and Ed448 with an empty context (§5.2.6). */
final class EdDsaSigner implements Signer {

    /** RFC 8446 §4.2.3: TLS uses Ed448 without a context string. */
    static final byte[] EMPTY_CONTEXT = new byte[0];

    private final SignatureAlgorithm algorithm;
    private final byte[] seed;
    private final byte[] publicKey;

    EdDsaSigner(SignatureAlgorithm algorithm, EdPrivateKey key) throws CryptoException {
        if (key.isDestroyed()) {
            throw new CryptoException(CryptoException.Kind.INVALID_KEY, "private key was destroyed");
        }
        this.algorithm = algorithm;
        this.seed = key.seed();
        this.publicKey = publicKeyOf(key.type(), seed);
    }

    /** The encoded public key A for a seed (RFC 8032 §5.1.5 and §5.2.5). */
    static byte[] publicKeyOf(KeyType type, byte[] seed) {
        if (type == KeyType.ED25519) {
            byte[] a = new byte[Ed25519.PUBLIC_KEY_SIZE];
            Ed25519.generatePublicKey(seed, 0, a, 0);
            return a;
        }
        byte[] a = new byte[Ed448.PUBLIC_KEY_SIZE];
        Ed448.generatePublicKey(seed, 0, a, 0);
        return a;
    }

    @Override
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public byte[] sign(byte[] message) {
        if (algorithm == SignatureAlgorithm.ED25519) {
            byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
            Ed25519.sign(seed, 0, publicKey, 0, message, 0, message.length, signature, 0);
            return signature;
        }
        byte[] signature = new byte[Ed448.SIGNATURE_SIZE];
        Ed448.sign(seed, 0, publicKey, 0, EMPTY_CONTEXT, message, 0, message.length, signature, 0);
        return signature;
    }
}
