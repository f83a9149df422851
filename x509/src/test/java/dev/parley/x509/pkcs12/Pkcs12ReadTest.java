package dev.parley.x509.pkcs12;

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
import dev.parley.x509.pem.KeyFile;
import dev.parley.x509.testing.TestData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PKCS #12 files as {@code openssl pkcs12 -export} writes them (testdata/encrypted): what Parley
 * reads from each equals what {@code openssl pkcs12 -nodes} reads from it.
 */
class Pkcs12ReadTest {

    private static final String UNICODE = "p\u00e4rley-\u20ac";

    private final CryptoProvider crypto = new BouncyCastleCryptoProvider();

    @ParameterizedTest
    @CsvSource({
        "leaf.p12, parley",
        "leaf-legacy.p12, parley",
        "rsa2048-rc2-128.p12, parley",
        "rsa2048-unencrypted.p12, parley",
        "ed25519-sha512-mac.p12, parley",
        "ec-p-384-sha1-mac.p12, parley",
        "ec-p-256-empty-password.p12, ''",
        "ec-p-521-unicode-password.p12, " + UNICODE,
        "ed448-legacy-unicode-password.p12, " + UNICODE,
        "certificates-only.p12, parley",
    })
    void readsWhatOpenSslReads(String file, String password) throws X509Exception {
        Pkcs12 p12 = read(file, password);
        KeyFile openssl = KeyFile.read(TestData.bytes("encrypted/" + file.replace(".p12", ".openssl.pem")));
        assertEquals(openssl.certificates(), p12.certificates());
        assertEquals(openssl.privateKeys().size(), p12.privateKeys().size());
        for (int i = 0; i < p12.privateKeys().size(); i++) {
            assertSameKey(openssl.privateKeys().get(i), p12.privateKeys().get(i));
        }
    }

    @Test
    void findsTheLeafAndOrdersTheChain() throws X509Exception {
        Certificate leaf = Certificate.parse(TestData.pemBody("leaf.pem"));
        Certificate ica = Certificate.parse(TestData.pemBody("ica.pem"));
        for (String file : new String[] {"leaf.p12", "leaf-legacy.p12"}) {
            Pkcs12 p12 = read(file, "parley");
            CertifiedKey pair = p12.certifiedKey(crypto);
            assertEquals(List.of(leaf, ica), pair.chain());
            assertEquals("Parley leaf", p12.friendlyName().orElseThrow());
            assertEquals(0, p12.skippedBags());
        }
    }

    @Test
    void refusesAWrongPasswordAtTheMac() {
        for (String file : new String[] {"leaf.p12", "leaf-legacy.p12", "ec-p-256-empty-password.p12"}) {
            X509Exception e = assertFails(X509Failure.INTEGRITY_CHECK_FAILED, () -> read(file, "Parley"));
            assertTrue(e.detail().contains("wrong password, or the file was modified"), e.detail());
        }
        // A non-ASCII password that differs in its last character fails too.
        assertFails(X509Failure.INTEGRITY_CHECK_FAILED, () -> read("ec-p-521-unicode-password.p12", "p\u00e4rley-\u20ad"));
    }

    @Test
    void refusesAFileWithoutMac() {
        X509Exception e = assertFails(X509Failure.INTEGRITY_CHECK_FAILED, () -> read("ec-p-256-no-mac.p12", "parley"));
        assertTrue(e.detail().contains("no MAC"), e.detail());
    }

    @Test
    void needsExactlyOneKeyForACertifiedKey() throws X509Exception {
        Pkcs12 certificatesOnly = read("certificates-only.p12", "parley");
        assertEquals(2, certificatesOnly.certificates().size());
        assertFails(X509Failure.NO_SINGLE_PRIVATE_KEY, () -> certificatesOnly.certifiedKey(crypto));
    }

    @Test
    void asksForThePasswordOnceAndWipesIt() throws X509Exception {
        List<char[]> handedOut = new ArrayList<>();
        PasswordCallback callback = resource -> {
            assertEquals("leaf.p12", resource);
            char[] password = "parley".toCharArray();
            handedOut.add(password);
            return password;
        };
        Pkcs12.read(TestData.bytes("encrypted/leaf.p12"), callback, "leaf.p12", crypto);
        assertEquals(1, handedOut.size());
        assertEquals("\0\0\0\0\0\0", new String(handedOut.get(0)));
    }

    @Test
    void recognisesPkcs12ByItsShape() {
        assertTrue(Pkcs12.looksLikePkcs12(TestData.bytes("encrypted/leaf.p12")));
        assertEquals(false, Pkcs12.looksLikePkcs12(TestData.bytes("rsa2048-pkcs8.der")));
        assertEquals(false, Pkcs12.looksLikePkcs12(TestData.bytes("leaf.der")));
    }

    private Pkcs12 read(String file, String password) throws X509Exception {
        return Pkcs12.read(TestData.bytes("encrypted/" + file), PasswordCallback.of(password.toCharArray()), file, crypto);
    }
}
