package dev.parley.crypto.bc;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoException;
import dev.parley.crypto.EcPrivateKey;
import dev.parley.crypto.EcPublicKey;
import dev.parley.crypto.EdPrivateKey;
import dev.parley.crypto.EdPublicKey;
import dev.parley.crypto.KeyType;
import dev.parley.crypto.NamedCurve;
import dev.parley.crypto.PrivateKey;
import dev.parley.crypto.PublicKey;
import dev.parley.crypto.RandomSource;
import dev.parley.crypto.RsaPrivateKey;

/** Public keys of private keys, and new EC and EdDSA signing keys drawn from the provider's random source. */
final class BcKeys {

    private BcKeys() {
    }

    /** The public half of {@code key}: n and e, Q = d·G, or A from the EdDSA seed. */
    static PublicKey publicKeyOf(PrivateKey key) throws CryptoException {
        if (key.isDestroyed()) {
            throw new CryptoException(CryptoException.Kind.INVALID_KEY, "private key was destroyed");
        }
        if (key instanceof RsaPrivateKey rsa) {
            return rsa.publicKey();
        }
        if (key instanceof EcPrivateKey ec) {
            if (!EcCurves.isValidScalar(ec.curve(), ec.scalar())) {
                throw new CryptoException(CryptoException.Kind.INVALID_KEY, ec.curve().secName() + " private key not in [1, n-1]");
            }
            // SEC 1 §3.2.1: Q = d·G.
            return new EcPublicKey(ec.curve(), Bytes.wrap(EcCurves.encodeUncompressed(EcCurves.multiplyBase(ec.curve(), ec.scalar()))));
        }
        EdPrivateKey ed = (EdPrivateKey) key;
        return new EdPublicKey(ed.type(), Bytes.wrap(EdDsaSigner.publicKeyOf(ed.type(), ed.seed())));
    }

    /** A private scalar uniform in [1, n-1] (FIPS 186-4 Appendix B.4.2). */
    static EcPrivateKey generateEc(NamedCurve curve, RandomSource random) {
        return new EcPrivateKey(curve, EcCurves.randomScalar(curve, random));
    }

    /** A random seed: 32 bytes for Ed25519 (RFC 8032 §5.1.5), 57 for Ed448 (§5.2.5). */
    static EdPrivateKey generateEd(KeyType type, RandomSource random) {
        int length = switch (type) {
            case ED25519 -> 32;
            case ED448 -> 57;
            case RSA, EC -> throw new IllegalArgumentException("not an EdDSA key type: " + type);
        };
        byte[] seed = random.bytes(length);
        EdPrivateKey key = new EdPrivateKey(type, seed);
        java.util.Arrays.fill(seed, (byte) 0);
        return key;
    }
}
