package dev.parley.x509;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.EcPublicKey;
import dev.parley.crypto.EdPublicKey;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.KeyType;
import dev.parley.crypto.NamedCurve;
import dev.parley.crypto.RsaPublicKey;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.x509.testing.TestData;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every checked-in OpenSSL certificate parses to what OpenSSL itself reads from it
 * ({@code openssl-facts.txt}): serial, names in RFC 2253/4514 form, validity, version, signature
 * algorithm, public key and fingerprint.
 */
class CertificateParseTest {

    private static final DateTimeFormatter OPENSSL_DATE = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss yyyy z", Locale.ROOT);

    @ParameterizedTest
    @ValueSource(strings = {"root", "ica", "leaf", "unknown-critical", "rsa2048", "rsa-pss-signature", "rsa-pss",
        "ec-p-256", "ec-p-384", "ec-p-521", "ed25519", "ed448", "v1"})
    void parsesWhatOpenSslReads(String name) throws X509Exception {
        Map<String, String> facts = TestData.facts(name);
        Certificate certificate = Certificate.parse(TestData.pemBody(name + ".pem"));
        assertEquals(new BigInteger(facts.get("serial"), 16), certificate.serialNumber());
        assertEquals(rdnSets(facts.get("subject")), rdnSets(certificate.subject().toString()));
        assertEquals(rdnSets(facts.get("issuer")), rdnSets(certificate.issuer().toString()));
        assertEquals(openSslDate(facts.get("notBefore")), certificate.validity().notBefore());
        assertEquals(openSslDate(facts.get("notAfter")), certificate.validity().notAfter());
        assertEquals(Integer.parseInt(facts.get("version")), certificate.version().ordinal() + 1);
        assertEquals(Bytes.fromHex(facts.get("spki")), certificate.subjectPublicKeyInfo().encoded());
        assertEquals(Bytes.fromHex(facts.get("sha256 Fingerprint")),
                certificate.fingerprint(HashAlgorithm.SHA256, new BouncyCastleCryptoProvider()));
        assertEquals(expectedAlgorithm(facts.get("signature"), name), certificate.supportedSignatureAlgorithm());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rsa2048", "ec-p-256", "ec-p-384", "ec-p-521", "ed25519", "ed448"})
    void decodesThePublicKeyOpenSslPrints(String name) throws X509Exception {
        Map<String, String> key = TestData.facts(name + ".key");
        Certificate certificate = Certificate.parse(TestData.pemBody(name + ".pem"));
        switch (certificate.publicKey().orElseThrow().type()) {
            case RSA -> assertEquals(new BigInteger(key.get("modulus"), 16),
                    ((RsaPublicKey) certificate.publicKey().get()).modulus());
            case EC -> assertEquals(Bytes.fromHex(key.get("pub")), ((EcPublicKey) certificate.publicKey().get()).point());
            case ED25519, ED448 -> assertEquals(Bytes.fromHex(key.get("pub")), ((EdPublicKey) certificate.publicKey().get()).encoded());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ec-p-256:SECP256R1", "ec-p-384:SECP384R1", "ec-p-521:SECP521R1"})
    void mapsNamedCurves(String nameAndCurve) throws X509Exception {
        String[] parts = nameAndCurve.split(":");
        Certificate certificate = Certificate.parse(TestData.pemBody(parts[0] + ".pem"));
        assertEquals(NamedCurve.valueOf(parts[1]), ((EcPublicKey) certificate.publicKey().orElseThrow()).curve());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ed25519:ED25519", "ed448:ED448", "rsa2048:RSA", "rsa-pss:RSA"})
    void mapsKeyTypes(String nameAndType) throws X509Exception {
        String[] parts = nameAndType.split(":");
        Certificate certificate = Certificate.parse(TestData.pemBody(parts[0] + ".pem"));
        assertEquals(KeyType.valueOf(parts[1]), certificate.publicKey().orElseThrow().type());
    }

    @ParameterizedTest
    @ValueSource(strings = {"root", "leaf"})
    void keepsTheSignedOctetsAsTheyArrived(String name) throws X509Exception {
        byte[] der = TestData.pemBody(name + ".pem");
        Certificate certificate = Certificate.parse(der);
        assertEquals(Bytes.of(der), certificate.encoded());
        Bytes tbs = certificate.tbsCertificate();
        // The TBSCertificate is the first element inside the outer SEQUENCE's header.
        int outerHeader = (der[1] & 0x80) == 0 ? 2 : 2 + (der[1] & 0x7F);
        assertEquals(Bytes.of(der, outerHeader, tbs.length()), tbs);
        assertTrue(certificate.signatureValue().isOctetAligned());
    }

    /**
     * The RDNs of an RFC 4514 string, each as the set of its attributes: RFC 4514 leaves the order
     * inside a multi-valued RDN open (Parley writes DER order, OpenSSL its reverse).
     */
    private static List<Set<String>> rdnSets(String dn) {
        List<Set<String>> rdns = new ArrayList<>();
        for (String rdn : splitUnescaped(dn, ',')) {
            rdns.add(new TreeSet<>(splitUnescaped(rdn, '+')));
        }
        return rdns;
    }

    private static List<String> splitUnescaped(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                part.append(c).append(text.charAt(++i));
            } else if (c == separator) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static Instant openSslDate(String text) {
        return ZonedDateTime.parse(text, OPENSSL_DATE).toInstant();
    }

    private static Optional<SignatureAlgorithm> expectedAlgorithm(String openSslName, String certificate) {
        return Optional.of(switch (openSslName) {
            case "sha256WithRSAEncryption" -> SignatureAlgorithm.RSA_PKCS1_SHA256;
            case "sha384WithRSAEncryption" -> SignatureAlgorithm.RSA_PKCS1_SHA384;
            case "ecdsa-with-SHA256" -> SignatureAlgorithm.ECDSA_SHA256;
            case "ecdsa-with-SHA384" -> SignatureAlgorithm.ECDSA_SHA384;
            case "ecdsa-with-SHA512" -> SignatureAlgorithm.ECDSA_SHA512;
            // Both PSS certificates were made with SHA-256, MGF1-SHA-256 and a 32-octet salt (generate.sh).
            case "rsassaPss" -> SignatureAlgorithm.RSA_PSS_SHA256;
            case "ED25519" -> SignatureAlgorithm.ED25519;
            case "ED448" -> SignatureAlgorithm.ED448;
            default -> throw new AssertionError(certificate + ": unexpected algorithm " + openSslName);
        });
    }
}
