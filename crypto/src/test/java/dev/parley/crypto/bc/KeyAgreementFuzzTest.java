package dev.parley.crypto.bc;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.crypto.CryptoException;
import dev.parley.crypto.KeyAgreementAlgorithm;

/**
 * Jazzer target: bytes from the network as a peer's key share, for every key-agreement algorithm.
 * Only a shared secret or a {@link CryptoException} may come out. Runs its seed corpus in
 * regression mode with every {@code mvn verify}; {@code JAZZER_FUZZ=1} starts a campaign.
 */
class KeyAgreementFuzzTest {

    private static final KeyAgreementAlgorithm[] ALGORITHMS = KeyAgreementAlgorithm.values();

    @FuzzTest
    void peerShareYieldsSecretOrCryptoException(FuzzedDataProvider data) {
        KeyAgreementAlgorithm algorithm = data.pickValue(ALGORITHMS);
        byte[] share = data.consumeRemainingAsBytes();
        try {
            byte[] secret = CryptoFixtures.SHARES.get(algorithm).agree(share);
            if (secret.length != algorithm.sharedSecretLength()) {
                throw new AssertionError(algorithm + " secret of " + secret.length + " bytes");
            }
        } catch (CryptoException refused) {
            // the only failure a peer share may cause
        }
    }
}
