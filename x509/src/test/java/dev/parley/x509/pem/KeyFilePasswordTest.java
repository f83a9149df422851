package dev.parley.x509.pem;

import static dev.parley.x509.key.SameKey.assertSameKey;
import static dev.parley.x509.testing.Failures.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.x509.Certificate;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.key.CertifiedKey;
import dev.parley.x509.key.PasswordCallback;
import dev.parley.x509.key.PrivateKeys;
import dev.parley.x509.testing.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Key files with a password callback: encrypted PEM and DER keys decrypted, PKCS #12 opened, all
 * told apart by content whatever the file is called; certificate and key paired, or the reason
 * naming both files.
 */
class KeyFilePasswordTest {

    private static final PasswordCallback PARLEY = PasswordCallback.of("parley".toCharArray());

    private final CryptoProvider crypto = new BouncyCastleCryptoProvider();

    @Test
    void decryptsEncryptedPemAndDerKeys() throws X509Exception {
        KeyFile pem = KeyFile.read(TestData.bytes("encrypted/rsa2048-aes256-sha256.pem"), PARLEY, "rsa", crypto);
        assertSameKey(PrivateKeys.fromPkcs8(TestData.pemBody("rsa2048.key")), pem.privateKey());
        assertTrue(pem.encryptedPrivateKeys().isEmpty());
        KeyFile der = KeyFile.read(TestData.bytes("encrypted/ec-p-384-aes192-sha512.der"), PARLEY, "ec", crypto);
        assertSameKey(PrivateKeys.fromPkcs8(TestData.pemBody("ec-p-384.key")), der.privateKey());
    }

    @Test
    void readsACertificateWithItsEncryptedKeyAndExplanatoryText() throws X509Exception {
        KeyFile file = KeyFile.read(TestData.bytes("encrypted/leaf-and-encrypted-key.pem"), PARLEY, "leaf", crypto);
        CertifiedKey pair = file.certifiedKey(crypto);
        assertEquals(Certificate.parse(TestData.pemBody("leaf.pem")), pair.certificate());
    }

    @Test
    void asksOncePerFileAndOnlyWhenSomethingIsEncrypted() throws X509Exception {
        List<String> asked = new ArrayList<>();
        PasswordCallback counting = resource -> {
            asked.add(resource);
            return "parley".toCharArray();
        };
        KeyFile.read(TestData.bytes("leaf-and-key.pem"), counting, "plain.pem", crypto);
        assertEquals(List.of(), asked);
        byte[] twoEncryptedKeys = (TestData.text("encrypted/rsa2048-aes256-sha256.pem")
                + TestData.text("encrypted/ec-p-256-aes128-sha1.pem")).getBytes(StandardCharsets.US_ASCII);
        KeyFile both = KeyFile.read(twoEncryptedKeys, counting, "two.pem", crypto);
        assertEquals(List.of("two.pem"), asked);
        assertEquals(2, both.privateKeys().size());
    }

    @Test
    void saysWrongPasswordForEncryptedKeys() {
        assertFails(X509Failure.WRONG_PASSWORD, () -> KeyFile.read(TestData.bytes("encrypted/ed25519-des3-sha384.pem"),
                PasswordCallback.of("wrong".toCharArray()), "ed25519", crypto));
    }

    @Test
    void readsPkcs12ByContentWhateverItsName(@TempDir Path folder) throws IOException, X509Exception {
        Path misnamed = folder.resolve("server.pem");
        Files.write(misnamed, TestData.bytes("encrypted/leaf.p12"));
        KeyFile file = KeyFile.read(misnamed, PARLEY, crypto);
        assertTrue(file.isPkcs12());
        assertEquals(2, file.certificates().size());
        CertifiedKey pair = KeyFile.certifiedKey(misnamed, PARLEY, crypto);
        assertEquals(Certificate.parse(TestData.pemBody("leaf.pem")), pair.certificate());
        assertEquals(2, pair.chain().size());
    }

    @Test
    void refusesPkcs12WithoutAPasswordCallback() {
        X509Exception e = assertFails(X509Failure.ENCRYPTED_PRIVATE_KEY, () -> KeyFile.read(TestData.bytes("encrypted/leaf.p12")));
        assertTrue(e.detail().contains("password"), e.detail());
    }

    @Test
    void pairsACertificateFileWithAKeyFile(@TempDir Path folder) throws IOException, X509Exception {
        Path certificate = folder.resolve("cert.pem");
        Path key = folder.resolve("key.pem");
        Files.write(certificate, (TestData.text("leaf.pem") + TestData.text("ica.pem")).getBytes(StandardCharsets.US_ASCII));
        Files.write(key, TestData.bytes("encrypted/leaf-and-encrypted-key.pem"));
        CertifiedKey pair = KeyFile.certifiedKey(certificate, key, PARLEY, crypto);
        assertEquals(List.of(Certificate.parse(TestData.pemBody("leaf.pem")), Certificate.parse(TestData.pemBody("ica.pem"))),
                pair.chain());
    }

    @Test
    void saysWhenTheKeyFileDoesNotBelongToTheCertificateFile(@TempDir Path folder) throws IOException {
        Path certificate = folder.resolve("cert.pem");
        Path key = folder.resolve("key.pem");
        Files.write(certificate, TestData.bytes("leaf.pem"));
        Files.write(key, TestData.bytes("ec-p-256.key"));
        X509Exception e = assertFails(X509Failure.KEY_CERTIFICATE_MISMATCH, () -> {
            try {
                return KeyFile.certifiedKey(certificate, key, PARLEY, crypto);
            } catch (IOException unexpected) {
                throw new UncheckedIOException(unexpected);
            }
        });
        assertEquals("the private key in " + key + " does not belong to the certificate CN=www.example.com,O=Parley Test,C=US in "
                + certificate, e.detail());
    }

    @Test
    void recognisesBerForWhatItIs() {
        byte[] ber = {0x30, (byte) 0x80, 0x02, 0x01, 0x03, 0x00, 0x00};
        assertFails(X509Failure.INDEFINITE_LENGTH, () -> KeyFile.read(ber, PARLEY, "ber", crypto));
    }
}
