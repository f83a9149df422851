package dev.parley.handshake.codepoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.KeyType;
import dev.parley.crypto.NamedCurve;
import dev.parley.crypto.SignatureAlgorithm;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The one mapping from TLS signature schemes onto crypto: the code points and names of
 * RFC 8446 §4.2.3, each with its algorithm and the key that may make it.
 */
class SignatureSchemeTest {

    @ParameterizedTest
    @CsvSource({
        // code,  RFC 8446 §4.2.3 name,     crypto algorithm,  key
        "0x0401, rsa_pkcs1_sha256,       RSA_PKCS1_SHA256, RSA_ENCRYPTION",
        "0x0501, rsa_pkcs1_sha384,       RSA_PKCS1_SHA384, RSA_ENCRYPTION",
        "0x0601, rsa_pkcs1_sha512,       RSA_PKCS1_SHA512, RSA_ENCRYPTION",
        "0x0403, ecdsa_secp256r1_sha256, ECDSA_SHA256,     EC_SECP256R1",
        "0x0503, ecdsa_secp384r1_sha384, ECDSA_SHA384,     EC_SECP384R1",
        "0x0603, ecdsa_secp521r1_sha512, ECDSA_SHA512,     EC_SECP521R1",
        "0x0804, rsa_pss_rsae_sha256,    RSA_PSS_SHA256,   RSA_ENCRYPTION",
        "0x0805, rsa_pss_rsae_sha384,    RSA_PSS_SHA384,   RSA_ENCRYPTION",
        "0x0806, rsa_pss_rsae_sha512,    RSA_PSS_SHA512,   RSA_ENCRYPTION",
        "0x0807, ed25519,                ED25519,          ED25519",
        "0x0808, ed448,                  ED448,            ED448",
        "0x0809, rsa_pss_pss_sha256,     RSA_PSS_SHA256,   RSASSA_PSS",
        "0x080a, rsa_pss_pss_sha384,     RSA_PSS_SHA384,   RSASSA_PSS",
        "0x080b, rsa_pss_pss_sha512,     RSA_PSS_SHA512,   RSASSA_PSS",
        "0x0201, rsa_pkcs1_sha1,         RSA_PKCS1_SHA1,   RSA_ENCRYPTION",
        "0x0203, ecdsa_sha1,             ECDSA_SHA1,       EC_ANY_CURVE",
    })
    void mapsEachRfc8446SchemeOntoCrypto(String code, String name, SignatureAlgorithm algorithm, SignatureKey key) {
        SignatureScheme scheme = new SignatureScheme(Integer.decode(code));
        assertEquals(name, scheme.toString());
        assertEquals(Optional.of(algorithm), scheme.signatureAlgorithm());
        assertEquals(Optional.of(key), scheme.signatureKey());
        assertEquals(algorithm.keyType(), key.keyType(), "the algorithm and the key must agree on the key family");
    }

    @Test
    void tls13EcdsaSchemesBindTheirCurve() {
        assertEquals(Optional.of(NamedCurve.SECP256R1), SignatureKey.EC_SECP256R1.curve());
        assertEquals(Optional.of(NamedCurve.SECP384R1), SignatureKey.EC_SECP384R1.curve());
        assertEquals(Optional.of(NamedCurve.SECP521R1), SignatureKey.EC_SECP521R1.curve());
        assertEquals(Optional.empty(), SignatureKey.EC_ANY_CURVE.curve());
        assertEquals(KeyType.EC, SignatureKey.EC_ANY_CURVE.keyType());
    }

    @Test
    void pssSchemesTellRsaEncryptionKeysFromPssKeys() {
        assertEquals(SignatureScheme.RSA_PSS_RSAE_SHA256.signatureAlgorithm(),
                SignatureScheme.RSA_PSS_PSS_SHA256.signatureAlgorithm());
        assertEquals(Optional.of(SignatureKey.RSA_ENCRYPTION), SignatureScheme.RSA_PSS_RSAE_SHA256.signatureKey());
        assertEquals(Optional.of(SignatureKey.RSASSA_PSS), SignatureScheme.RSA_PSS_PSS_SHA256.signatureKey());
    }

    @Test
    void unknownAndGreaseSchemesMapToNothing() {
        assertEquals(Optional.empty(), new SignatureScheme(0x0402).signatureAlgorithm());
        assertEquals(Optional.empty(), new SignatureScheme(0x0a0a).signatureKey());
        assertTrue(new SignatureScheme(0x0a0a).isGrease());
    }

    @Test
    void onlyTheSha1SchemesAreLegacy() {
        assertTrue(SignatureScheme.RSA_PKCS1_SHA1.isLegacy());
        assertTrue(SignatureScheme.ECDSA_SHA1.isLegacy());
        assertFalse(SignatureScheme.RSA_PKCS1_SHA256.isLegacy());
    }
}
