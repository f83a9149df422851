package dev.parley.x509.pkcs12;

import static dev.parley.x509.testing.Failures.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.key.PasswordCallback;
import dev.parley.x509.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * RFC 7292 §4: the MAC is checked before anything under it is used. A counting crypto provider
 * shows that a file whose MAC fails never reaches a cipher, even when its encrypted content is
 * corrupted too (which, decrypted first, would have failed as a wrong password instead).
 */
class Pkcs12IntegrityTest {

    /** In these files the authSafe's OCTET STRING starts at offset 26 and its content at 30. */
    private static final int AUTH_SAFE_CONTENT = 30;

    @Test
    void aGoodFileReachesTheCiphers() throws X509Exception {
        CountingCryptoProvider crypto = new CountingCryptoProvider();
        read(TestData.bytes("encrypted/leaf.p12"), crypto);
        assertTrue(crypto.cbcCiphers >= 2, "the certificates and the key are decrypted: " + crypto.cbcCiphers);
    }

    @Test
    void aTamperedMacIsRefusedBeforeAnyDecryption() {
        byte[] der = TestData.bytes("encrypted/leaf.p12");
        // The file ends with macData: digest (OCTET STRING of 32), macSalt (04 08 + 8 octets), iterations (02 02 08 00).
        int digest = der.length - 4 - 10 - 32;
        assertEquals(0x04, der[digest - 2]);
        assertEquals(32, der[digest - 1]);
        der[digest + 5] ^= 0x40;
        // And the encrypted certificates, well inside the authSafe, are corrupted too.
        der[AUTH_SAFE_CONTENT + 600] ^= 0x01;
        CountingCryptoProvider crypto = new CountingCryptoProvider();
        assertFails(X509Failure.INTEGRITY_CHECK_FAILED, () -> read(der, crypto));
        assertEquals(0, crypto.cbcCiphers, "no cipher may run before the MAC verifies");
        assertEquals(1, crypto.hmacs, "the MAC is the only HMAC computed");
    }

    @Test
    void aModifiedContentFailsTheMacNotTheDecryption() {
        for (String file : new String[] {"leaf.p12", "leaf-legacy.p12"}) {
            byte[] der = TestData.bytes("encrypted/" + file);
            der[AUTH_SAFE_CONTENT + 600] ^= 0x01;
            CountingCryptoProvider crypto = new CountingCryptoProvider();
            assertFails(X509Failure.INTEGRITY_CHECK_FAILED, () -> read(der, crypto));
            assertEquals(0, crypto.cbcCiphers);
        }
    }

    private static Pkcs12 read(byte[] der, CountingCryptoProvider crypto) throws X509Exception {
        return Pkcs12.read(der, PasswordCallback.of("parley".toCharArray()), "test", crypto);
    }
}
