package dev.parley.crypto.bc;

import dev.parley.crypto.CryptoException;
import dev.parley.crypto.EdPublicKey;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.crypto.SignatureVerifier;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.bouncycastle.math.ec.rfc8032.Ed448;

/**
 * PureEdDSA verification, Ed25519 (RFC 8032 §5.1.7) and Ed448 with an empty context (§5.2.7).
 *
 * <p>The key is decoded once. Parley uses Bouncy Castle's full validation: a canonical encoding
 * (RFC 8032 §5.1.3, §5.2.3) of a point in the prime-order subgroup other than the neutral element.
 * RFC 8032 itself only asks that the point decode; the stricter check refuses small-order keys,
 * which no honest signer produces and under which a signature can hold for many messages.
 */
final class EdDsaVerifier implements SignatureVerifier {

    private final SignatureAlgorithm algorithm;
    private final Ed25519.PublicPoint ed25519Key;
    private final Ed448.PublicPoint ed448Key;

    EdDsaVerifier(SignatureAlgorithm algorithm, EdPublicKey key) throws CryptoException {
        byte[] encoded = key.encoded().toByteArray();
        this.algorithm = algorithm;
        if (algorithm == SignatureAlgorithm.ED25519) {
            this.ed25519Key = encoded.length == Ed25519.PUBLIC_KEY_SIZE
                    ? Ed25519.validatePublicKeyFullExport(encoded, 0) : null;
            this.ed448Key = null;
            if (ed25519Key == null) {
                throw new CryptoException(CryptoException.Kind.INVALID_KEY, "not a valid Ed25519 public key");
            }
        } else {
            this.ed25519Key = null;
            this.ed448Key = encoded.length == Ed448.PUBLIC_KEY_SIZE
                    ? Ed448.validatePublicKeyFullExport(encoded, 0) : null;
            if (ed448Key == null) {
                throw new CryptoException(CryptoException.Kind.INVALID_KEY, "not a valid Ed448 public key");
            }
        }
    }

    @Override
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public boolean verify(byte[] message, byte[] signature) {
        if (ed25519Key != null) {
            // RFC 8032 §5.1.7 step 1: a signature is 64 bytes; decoding R and checking S < L follow.
            return signature.length == Ed25519.SIGNATURE_SIZE
                    && Ed25519.verify(signature, 0, ed25519Key, message, 0, message.length);
        }
        // RFC 8032 §5.2.7 step 1: a signature is 114 bytes.
        return signature.length == Ed448.SIGNATURE_SIZE
                && Ed448.verify(signature, 0, ed448Key, EdDsaSigner.EMPTY_CONTEXT, message, 0, message.length);
    }
}
