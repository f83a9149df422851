package dev.parley.x509.path;

import static dev.parley.x509.path.Chains.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.SignatureAlgorithm;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Signature algorithms and key sizes the policy allows. */
class AlgorithmPolicyTest {

    @Test
    void refusesSha1ByDefault() {
        PathValidationException e = assertRejects(PathFailure.WEAK_ALGORITHM, "leaf-sha1",
                () -> Chains.validate("leaf-sha1", List.of("ica"), List.of("root")));
        assertTrue(e.getMessage().contains("ECDSA_SHA1"), e.getMessage());
        assertFalse(AlgorithmPolicy.DEFAULT.allows(SignatureAlgorithm.RSA_PKCS1_SHA1));
    }

    @Test
    void sha1CanBeAllowedUnderAnInsecureName() throws PathValidationException {
        Chains.validate("leaf-sha1", List.of("ica"), List.of("root"),
                Chains.at().algorithms(AlgorithmPolicy.DEFAULT.insecureAllowSha1()).build());
    }

    @Test
    void refusesAnRsaKeyBelow2048Bits() {
        PathValidationException e = assertRejects(PathFailure.WEAK_KEY, "leaf-rsa1024",
                () -> Chains.validate("leaf-rsa1024", List.of("ica"), List.of("root")));
        assertTrue(e.getMessage().contains("1024 bits"), e.getMessage());
    }

    @Test
    void theMinimumRsaSizeIsAPolicy() throws PathValidationException {
        Chains.validate("leaf-rsa1024", List.of("ica"), List.of("root"),
                Chains.at().algorithms(AlgorithmPolicy.DEFAULT.withMinimumRsaModulusBits(1024)).build());
        assertThrows(IllegalArgumentException.class, () -> AlgorithmPolicy.DEFAULT.withMinimumRsaModulusBits(512));
    }

    @Test
    void verifiesRsaSignatures() throws PathValidationException {
        assertEquals(2, Chains.validate("rsa-leaf", List.of(), List.of("rsa-root")).certificates().size());
    }
}
