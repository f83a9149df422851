package dev.parley.x509.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.x509.X509Exception;
import dev.parley.x509.key.CertifiedKey;
import dev.parley.x509.key.PasswordCallback;
import dev.parley.x509.pem.KeyFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The builder's certificates and keys as OpenSSL sees them: {@code openssl verify -x509_strict
 * -purpose sslserver -CAfile ca.pem -untrusted inter.pem leaf.pem} accepts the chains, {@code
 * openssl x509 -noout -text} prints what was asked for, {@code openssl pkey} opens the keys.
 */
class CertificateBuilderOpenSslTest {

    private final CryptoProvider crypto = new BouncyCastleCryptoProvider();

    @BeforeAll
    static void needsOpenSsl() {
        OpenSsl.require();
    }

    @Test
    void opensslVerifiesAnRsaRootAnEcIntermediateSignedWithPssAndAnEd25519Leaf(@TempDir Path folder) throws IOException {
        CertifiedKey ca = CertificateBuilder.ca("CN=Parley Test CA,O=Parley,C=US").keySpec(KeySpec.RSA_2048).selfSigned(crypto);
        CertifiedKey intermediate = CertificateBuilder.intermediate("CN=Parley Test Intermediate,O=Parley").keySpec(KeySpec.EC_P384)
                .signatureAlgorithm(SignatureAlgorithm.RSA_PSS_SHA256).signedBy(ca, crypto);
        CertifiedKey leaf = CertificateBuilder.leaf("CN=localhost").keySpec(KeySpec.ED25519).dnsNames("localhost")
                .ipAddresses("127.0.0.1", "::1").signedBy(intermediate, crypto);
        assertVerified(folder, ca, intermediate, leaf);
    }

    @Test
    void opensslVerifiesAnEd25519RootAnRsaIntermediateAndEcLeaves(@TempDir Path folder) throws IOException {
        CertifiedKey ca = CertificateBuilder.ca("CN=Ed25519 Root").keySpec(KeySpec.ED25519).selfSigned(crypto);
        CertifiedKey intermediate = CertificateBuilder.intermediate("CN=RSA Intermediate").keySpec(KeySpec.RSA_3072).signedBy(ca, crypto);
        for (KeySpec spec : List.of(KeySpec.EC_P256, KeySpec.EC_P521, KeySpec.RSA_2048)) {
            CertifiedKey leaf = CertificateBuilder.leaf("CN=" + spec).keySpec(spec).dnsNames("leaf.example").signedBy(intermediate, crypto);
            assertVerified(Files.createDirectory(folder.resolve(spec.name())), ca, intermediate, leaf);
        }
    }

    @Test
    void opensslRefusesAChainUnderAnotherRoot(@TempDir Path folder) throws IOException {
        CertifiedKey ca = CertificateBuilder.ca("CN=Parley Test CA").selfSigned(crypto);
        CertifiedKey impostor = CertificateBuilder.ca("CN=Parley Test CA").selfSigned(crypto);
        CertifiedKey intermediate = CertificateBuilder.intermediate("CN=Intermediate").signedBy(impostor, crypto);
        CertifiedKey leaf = CertificateBuilder.leaf("CN=localhost").dnsNames("localhost").signedBy(intermediate, crypto);
        write(folder, ca, intermediate, leaf);
        OpenSsl.Result result = OpenSsl.run(folder, "verify", "-CAfile", "ca.pem", "-untrusted", "inter.pem", "leaf.pem");
        assertNotEquals(0, result.exitCode(), result.output());
    }

    @Test
    void opensslPrintsTheExtensionsTheBuilderWrote(@TempDir Path folder) throws IOException {
        CertifiedKey ca = CertificateBuilder.ca("CN=CA").selfSigned(crypto);
        CertifiedKey leaf = CertificateBuilder.leaf("CN=www.example.org,O=Parley").dnsNames("www.example.org", "*.example.org")
                .ipAddresses("192.0.2.1", "2001:db8::1").emailAddresses("ops@example.org").uris("https://example.org/")
                .ocspUrl("http://ocsp.example.org/").caIssuersUrl("http://ca.example.org/ca.der")
                .crlUrl("http://crl.example.org/ca.crl").signedBy(ca, crypto);
        Files.writeString(folder.resolve("leaf.pem"), PemFiles.certificates(List.of(leaf.certificate())));
        OpenSsl.Result text = OpenSsl.run(folder, "x509", "-in", "leaf.pem", "-noout", "-text");
        assertEquals(0, text.exitCode(), text.output());
        for (String expected : List.of("Version: 3 (0x2)", "Subject: O = Parley, CN = www.example.org", "Issuer: CN = CA",
                "X509v3 Basic Constraints: critical", "CA:FALSE", "X509v3 Key Usage: critical", "Digital Signature",
                "TLS Web Server Authentication, TLS Web Client Authentication",
                "DNS:www.example.org, DNS:*.example.org, IP Address:192.0.2.1, IP Address:2001:DB8:0:0:0:0:0:1, "
                        + "email:ops@example.org, URI:https://example.org/",
                "OCSP - URI:http://ocsp.example.org/", "CA Issuers - URI:http://ca.example.org/ca.der",
                "URI:http://crl.example.org/ca.crl", "X509v3 Subject Key Identifier", "X509v3 Authority Key Identifier",
                "ecdsa-with-SHA256")) {
            assertTrue(text.output().contains(expected), () -> "missing '" + expected + "' in\n" + text.output());
        }
    }

    @Test
    void opensslOpensTheKeysPlainAndEncrypted(@TempDir Path folder) throws IOException, X509Exception {
        CertifiedKey leaf = CertificateBuilder.leaf("CN=keys").keySpec(KeySpec.EC_P384).dnsNames("keys.example").selfSigned(crypto);
        PemFiles.write(leaf, folder.resolve("cert.pem"), folder.resolve("key.pem"));
        PemFiles.writeSecret(folder.resolve("encrypted.pem"),
                PemFiles.encryptedPrivateKey(leaf.privateKey(), "s3cret".toCharArray(), crypto, 2048));
        OpenSsl.Result certificateKey = OpenSsl.run(folder, "x509", "-in", "cert.pem", "-noout", "-pubkey");
        OpenSsl.Result plainKey = OpenSsl.run(folder, "pkey", "-in", "key.pem", "-pubout");
        OpenSsl.Result encryptedKey = OpenSsl.run(folder, "pkey", "-in", "encrypted.pem", "-passin", "pass:s3cret", "-pubout");
        assertEquals(0, plainKey.exitCode(), plainKey.output());
        assertEquals(0, encryptedKey.exitCode(), encryptedKey.output());
        assertEquals(certificateKey.output(), plainKey.output());
        assertEquals(certificateKey.output(), encryptedKey.output());
        assertNotEquals(0, OpenSsl.run(folder, "pkey", "-in", "encrypted.pem", "-passin", "pass:wrong", "-noout").exitCode());
        // And Parley reads back what it wrote, with the files named as a server configuration names them.
        CertifiedKey reread = KeyFile.certifiedKey(folder.resolve("cert.pem"), folder.resolve("encrypted.pem"),
                PasswordCallback.of("s3cret".toCharArray()), crypto);
        assertEquals(leaf.certificate(), reread.certificate());
    }

    private static void assertVerified(Path folder, CertifiedKey ca, CertifiedKey intermediate, CertifiedKey leaf) throws IOException {
        write(folder, ca, intermediate, leaf);
        OpenSsl.Result result = OpenSsl.run(folder, "verify", "-x509_strict", "-purpose", "sslserver",
                "-CAfile", "ca.pem", "-untrusted", "inter.pem", "leaf.pem");
        assertEquals(0, result.exitCode(), result.output());
        assertEquals("leaf.pem: OK", result.output().strip());
    }

    private static void write(Path folder, CertifiedKey ca, CertifiedKey intermediate, CertifiedKey leaf) throws IOException {
        Files.writeString(folder.resolve("ca.pem"), PemFiles.certificates(List.of(ca.certificate())), StandardCharsets.US_ASCII);
        Files.writeString(folder.resolve("inter.pem"), PemFiles.certificates(List.of(intermediate.certificate())), StandardCharsets.US_ASCII);
        Files.writeString(folder.resolve("leaf.pem"), PemFiles.certificates(List.of(leaf.certificate())), StandardCharsets.US_ASCII);
    }
}
