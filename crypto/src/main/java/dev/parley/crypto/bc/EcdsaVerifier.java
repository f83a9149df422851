package dev.parley.crypto.bc;

import dev.parley.crypto.CryptoException;
import dev.parley.crypto.EcPublicKey;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.crypto.SignatureVerifier;
import java.math.BigInteger;
import java.util.Optional;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.math.ec.ECPoint;

/**
 * ECDSA verification (FIPS 186-4 §6.4.2) of strict-DER signatures.
 *
 * <p>The public point comes validated from the provider's {@link EcPublicPoints}; Bouncy Castle
 * keeps the point's multiplication tables on the point object, so verifications with a key seen
 * before, by this verifier or another, reuse them.
 */
final class EcdsaVerifier implements SignatureVerifier {

    private final SignatureAlgorithm algorithm;
    private final BigInteger order;
    private final Digest digest;
    private final ECDSASigner ecdsa;

    EcdsaVerifier(SignatureAlgorithm algorithm, EcPublicKey key, EcPublicPoints points) throws CryptoException {
        ECDomainParameters domain = EcCurves.domain(key.curve());
        // SEC 1 §3.2.2.1: a public key must be a valid point; X.509 and TLS carry it uncompressed.
        ECPoint q = points.decode(key);
        this.algorithm = algorithm;
        this.order = domain.getN();
        this.digest = BcHash.newDigest(algorithm.hash().orElseThrow());
        this.ecdsa = new ECDSASigner();
        ecdsa.init(false, new ECPublicKeyParameters(q, domain));
    }

    @Override
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public boolean verify(byte[] message, byte[] signature) {
        // FIPS 186-4 §6.4.2 step 1: r and s in [1, n-1]; a malformed encoding is simply invalid.
        Optional<EcdsaSignature> rs = EcdsaSignature.decode(signature, order);
        if (rs.isEmpty()) {
            return false;
        }
        byte[] hash = new byte[digest.getDigestSize()];
        digest.update(message, 0, message.length);
        digest.doFinal(hash, 0);
        return ecdsa.verifySignature(hash, rs.get().r(), rs.get().s());
    }
}
