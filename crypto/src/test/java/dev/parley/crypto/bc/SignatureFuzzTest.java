package dev.parley.crypto.bc;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.crypto.SignatureAlgorithm;

/**
 * Jazzer target: bytes from the network as an ECDSA, RSA (PKCS #1 v1.5 and PSS) or EdDSA signature
 * over a message also chosen by the fuzzer (or the fixture's message, for which a genuine signature
 * exists). Verification must answer true or false; any exception is a finding.
 */
class SignatureFuzzTest {

    private static final SignatureAlgorithm[] ALGORITHMS =
            CryptoFixtures.VERIFIERS.keySet().toArray(new SignatureAlgorithm[0]);

    @FuzzTest
    void signatureVerifiesOrIsFalse(FuzzedDataProvider data) {
        SignatureAlgorithm algorithm = data.pickValue(ALGORITHMS);
        byte[] message = data.consumeBoolean() ? CryptoFixtures.MESSAGE : data.consumeBytes(64);
        byte[] signature = data.consumeRemainingAsBytes();
        CryptoFixtures.VERIFIERS.get(algorithm).verify(message, signature);
    }
}
