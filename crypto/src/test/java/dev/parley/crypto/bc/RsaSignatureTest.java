package dev.parley.crypto.bc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoException;
import dev.parley.crypto.EdPublicKey;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.KeyType;
import dev.parley.crypto.RsaPrivateKey;
import dev.parley.crypto.RsaPublicKey;
import dev.parley.crypto.SeededRandomSource;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.crypto.SignatureVerifier;
import dev.parley.crypto.Hash;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * RSASSA-PKCS1-v1_5 and RSASSA-PSS against the two RSA signatures published in RFC 8448 §3: the
 * self-signed server certificate (sha256WithRSAEncryption, deterministic, so signing must reproduce
 * it byte for byte) and the server's CertificateVerify (rsa_pss_rsae_sha256, which must verify).
 */
class RsaSignatureTest {

    private static final RsaPublicKey RFC8448_PUBLIC =
            new RsaPublicKey(Rfc8448RsaKey.MODULUS, Rfc8448RsaKey.PUBLIC_EXPONENT);

    private final BouncyCastleCryptoProvider provider = new BouncyCastleCryptoProvider(new SeededRandomSource("rsa"));

    /** RFC 8448 §3: the certificate's signatureValue is PKCS #1 v1.5 with SHA-256 over tbsCertificate. */
    @Test
    void pkcs1SignatureReproducesRfc8448Certificate() throws CryptoException {
        byte[] tbs = Rfc8448RsaKey.tbsCertificate();
        byte[] published = Rfc8448RsaKey.certificateSignature();

        byte[] signature = provider.signer(SignatureAlgorithm.RSA_PKCS1_SHA256, Rfc8448RsaKey.privateKey()).sign(tbs);
        assertEquals(Bytes.of(published), Bytes.of(signature));

        SignatureVerifier verifier = provider.verifier(SignatureAlgorithm.RSA_PKCS1_SHA256, RFC8448_PUBLIC);
        assertTrue(verifier.verify(tbs, published));
        for (int i = 0; i < published.length; i += 17) {
            byte[] flipped = published.clone();
            flipped[i] ^= 0x01;
            assertFalse(verifier.verify(tbs, flipped), "byte " + i + " flipped");
        }
        byte[] otherTbs = tbs.clone();
        otherTbs[otherTbs.length - 1] ^= 1;
        assertFalse(verifier.verify(otherTbs, published));
        assertFalse(provider.verifier(SignatureAlgorithm.RSA_PKCS1_SHA384, RFC8448_PUBLIC).verify(tbs, published));
    }

    /**
     * RFC 8448 §3: CertificateVerify signs 64 spaces, "TLS 1.3, server CertificateVerify", a zero
     * byte and the transcript hash of ClientHello..Certificate (RFC 8446 §4.4.3).
     */
    @Test
    void pssVerifiesRfc8448CertificateVerify() throws CryptoException {
        Hash transcript = provider.hash(HashAlgorithm.SHA256);
        for (Bytes message : new Bytes[] {Rfc8448RsaKey.CLIENT_HELLO, Rfc8448RsaKey.SERVER_HELLO,
                Rfc8448RsaKey.ENCRYPTED_EXTENSIONS, Rfc8448RsaKey.CERTIFICATE}) {
            transcript.update(message.toByteArray());
        }
        byte[] content = Bytes.of(" ".repeat(64).getBytes(StandardCharsets.US_ASCII))
                .concat(Bytes.of("TLS 1.3, server CertificateVerify".getBytes(StandardCharsets.US_ASCII)))
                .concat(Bytes.of((byte) 0))
                .concat(Bytes.of(transcript.digest()))
                .toByteArray();
        byte[] published = Rfc8448RsaKey.certificateVerifySignature();

        SignatureVerifier verifier = provider.verifier(SignatureAlgorithm.RSA_PSS_SHA256, RFC8448_PUBLIC);
        assertTrue(verifier.verify(content, published));
        byte[] flipped = published.clone();
        flipped[64] ^= 0x40;
        assertFalse(verifier.verify(content, flipped));
        content[70] ^= 1;
        assertFalse(verifier.verify(content, published));
        // The same bytes are no PKCS #1 v1.5 signature.
        content[70] ^= 1;
        assertFalse(provider.verifier(SignatureAlgorithm.RSA_PKCS1_SHA256, RFC8448_PUBLIC).verify(content, published));
    }

    @Test
    void pssSignaturesVerifyAndDifferBySalt() throws CryptoException {
        byte[] message = "parley".getBytes(StandardCharsets.US_ASCII);
        var signer = provider.signer(SignatureAlgorithm.RSA_PSS_SHA256, Rfc8448RsaKey.privateKey());
        byte[] first = signer.sign(message);
        byte[] second = signer.sign(message);
        assertEquals(128, first.length);
        assertFalse(Bytes.of(first).equals(Bytes.of(second)), "a fresh salt each time");
        SignatureVerifier verifier = provider.verifier(SignatureAlgorithm.RSA_PSS_SHA256, RFC8448_PUBLIC);
        assertTrue(verifier.verify(message, first));
        assertTrue(verifier.verify(message, second));
    }

    @Test
    void signaturesOfTheWrongLengthOrNotBelowNAreInvalid() throws CryptoException {
        byte[] tbs = Rfc8448RsaKey.tbsCertificate();
        byte[] published = Rfc8448RsaKey.certificateSignature();
        for (SignatureAlgorithm algorithm : new SignatureAlgorithm[] {
                SignatureAlgorithm.RSA_PKCS1_SHA256, SignatureAlgorithm.RSA_PSS_SHA256}) {
            SignatureVerifier verifier = provider.verifier(algorithm, RFC8448_PUBLIC);
            // RFC 8017 §8.2.2 step 1: a signature one byte short (leading zero dropped) is invalid.
            assertFalse(verifier.verify(tbs, java.util.Arrays.copyOfRange(published, 1, 128)));
            assertFalse(verifier.verify(tbs, Bytes.of((byte) 0).concat(Bytes.of(published)).toByteArray()));
            assertFalse(verifier.verify(tbs, new byte[0]));
            assertFalse(verifier.verify(tbs, toLength(Rfc8448RsaKey.MODULUS)));
            assertFalse(verifier.verify(tbs, toLength(Rfc8448RsaKey.MODULUS.add(BigInteger.ONE))));
            byte[] allOnes = new byte[128];
            java.util.Arrays.fill(allOnes, (byte) 0xff);
            assertFalse(verifier.verify(tbs, allOnes));
        }
    }

    @Test
    void refusesUnusablePublicKeys() {
        BigInteger n = Rfc8448RsaKey.MODULUS;
        BigInteger e = Rfc8448RsaKey.PUBLIC_EXPONENT;
        invalid(new RsaPublicKey(n.subtract(BigInteger.ONE), e), "even modulus");
        invalid(new RsaPublicKey(BigInteger.ONE.shiftLeft(511).add(BigInteger.ONE), e), "512-bit modulus");
        invalid(new RsaPublicKey(n, BigInteger.ONE), "e = 1");
        invalid(new RsaPublicKey(n, BigInteger.valueOf(65536)), "even e");
        invalid(new RsaPublicKey(n, n), "e = n");
        invalid(new RsaPublicKey(n.negate(), e), "negative modulus");
        invalid(new RsaPublicKey(BigInteger.ONE.shiftLeft(16384).add(BigInteger.ONE), e), "16385-bit modulus");
        invalid(new RsaPublicKey(n.multiply(BigInteger.valueOf(3)), e), "modulus with a small factor");
    }

    /** RFC 8017 §9.1.1 step 3: a 1024-bit key has no room for SHA-512 with a 64-byte salt. */
    @Test
    void refusesPssWhenTheKeyIsTooSmallForTheHash() {
        CryptoException verify = assertThrows(CryptoException.class,
                () -> provider.verifier(SignatureAlgorithm.RSA_PSS_SHA512, RFC8448_PUBLIC));
        assertEquals(CryptoException.Kind.INVALID_KEY, verify.kind());
        CryptoException sign = assertThrows(CryptoException.class,
                () -> provider.signer(SignatureAlgorithm.RSA_PSS_SHA512, Rfc8448RsaKey.privateKey()));
        assertEquals(CryptoException.Kind.INVALID_KEY, sign.kind());
    }

    @Test
    void refusesKeysOfAnotherFamily() {
        CryptoException e = assertThrows(CryptoException.class, () -> provider.verifier(
                SignatureAlgorithm.ECDSA_SHA256, RFC8448_PUBLIC));
        assertEquals(CryptoException.Kind.INVALID_KEY, e.kind());
        CryptoException ed = assertThrows(CryptoException.class, () -> provider.verifier(
                SignatureAlgorithm.RSA_PSS_SHA256, new EdPublicKey(KeyType.ED25519, Bytes.of(new byte[32]))));
        assertEquals(CryptoException.Kind.INVALID_KEY, ed.kind());
        CryptoException signer = assertThrows(CryptoException.class, () -> provider.signer(
                SignatureAlgorithm.ED25519, Rfc8448RsaKey.privateKey()));
        assertEquals(CryptoException.Kind.INVALID_KEY, signer.kind());
    }

    @Test
    void publicKeyOfIsTheModulusAndExponent() throws CryptoException {
        assertEquals(RFC8448_PUBLIC, provider.publicKeyOf(Rfc8448RsaKey.privateKey()));
        RsaPrivateKey destroyed = Rfc8448RsaKey.privateKey();
        destroyed.destroy();
        CryptoException e = assertThrows(CryptoException.class, () -> provider.publicKeyOf(destroyed));
        assertEquals(CryptoException.Kind.INVALID_KEY, e.kind());
    }

    private void invalid(RsaPublicKey key, String what) {
        for (SignatureAlgorithm algorithm : new SignatureAlgorithm[] {
                SignatureAlgorithm.RSA_PKCS1_SHA256, SignatureAlgorithm.RSA_PSS_SHA256}) {
            CryptoException e = assertThrows(CryptoException.class, () -> provider.verifier(algorithm, key), what);
            assertEquals(CryptoException.Kind.INVALID_KEY, e.kind(), what);
        }
    }

    private static byte[] toLength(BigInteger value) {
        byte[] magnitude = value.toByteArray();
        byte[] out = new byte[128];
        int significant = Math.min(128, magnitude.length);
        System.arraycopy(magnitude, magnitude.length - significant, out, 128 - significant, significant);
        return out;
    }
}
