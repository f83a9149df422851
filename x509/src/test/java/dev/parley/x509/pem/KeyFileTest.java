package dev.parley.x509.pem;

import static dev.parley.x509.testing.Failures.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.EcPrivateKey;
import dev.parley.crypto.EdPrivateKey;
import dev.parley.crypto.KeyType;
import dev.parley.crypto.NamedCurve;
import dev.parley.crypto.RsaPrivateKey;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.testing.TestData;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Key and certificate files read by content: PEM of any label mix, or DER told apart by shape. */
class KeyFileTest {

    @ParameterizedTest
    @ValueSource(strings = {"rsa2048.key", "rsa2048-pkcs8.der", "rsa2048-pkcs1.pem", "rsa2048-pkcs1.der"})
    void readsRsaKeysInEveryFormat(String file) throws X509Exception {
        RsaPrivateKey key = (RsaPrivateKey) KeyFile.read(TestData.bytes(file)).privateKey();
        assertEquals(new BigInteger(TestData.facts("rsa2048.key").get("modulus"), 16), key.modulus());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ec-p-256.key", "ec-p-256-sec1.pem", "ec-p-256-sec1.der", "leaf-and-key.pem"})
    void readsEcKeysInEveryFormat(String file) throws X509Exception {
        EcPrivateKey key = (EcPrivateKey) KeyFile.read(TestData.bytes(file)).privateKey();
        assertEquals(NamedCurve.SECP256R1, key.curve());
    }

    @Test
    void readsSec1KeysWithoutPublicKeyOrAfterParameters() throws X509Exception {
        EcPrivateKey p384 = (EcPrivateKey) KeyFile.read(TestData.bytes("ec-p-384-sec1-no-public.pem")).privateKey();
        assertEquals(new BigInteger(TestData.facts("ec-p-384.key").get("priv"), 16), p384.scalar());
        KeyFile withParameters = KeyFile.read(TestData.bytes("ec-p-521-sec1-with-params.pem"));
        assertEquals(NamedCurve.SECP521R1, ((EcPrivateKey) withParameters.privateKey()).curve());
        assertEquals(List.of("EC PARAMETERS"), withParameters.skippedLabels());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ed25519.key", "ed25519-pkcs8.der", "ed448.key"})
    void readsEdDsaKeys(String file) throws X509Exception {
        assertInstanceOf(EdPrivateKey.class, KeyFile.read(TestData.bytes(file)).privateKey());
    }

    @Test
    void keepsEncryptedKeysEncryptedWithoutAPasswordCallback() throws X509Exception {
        for (String file : new String[] {"ec-p-256-encrypted.pem", "ec-p-256-encrypted.der"}) {
            KeyFile keyFile = KeyFile.read(TestData.bytes(file));
            assertEquals(1, keyFile.encryptedPrivateKeys().size());
            assertEquals("1.2.840.113549.1.5.13",
                    keyFile.encryptedPrivateKeys().get(0).encryptionAlgorithm().algorithm().value(), "PBES2");
            assertFails(X509Failure.ENCRYPTED_PRIVATE_KEY, keyFile::privateKey);
        }
    }

    @Test
    void readsCertificatesCrlsAndKeysTogether() throws X509Exception {
        KeyFile leafAndKey = KeyFile.read(TestData.bytes("leaf-and-key.pem"));
        assertEquals(1, leafAndKey.certificates().size());
        assertEquals(KeyType.EC, leafAndKey.privateKey().type());
        assertEquals(1, KeyFile.read(TestData.bytes("leaf.der")).certificates().size());
        assertEquals(1, KeyFile.read(TestData.bytes("root-crl.der")).crls().size());
        assertEquals(1, KeyFile.read(TestData.bytes("root.crl")).crls().size());
    }

    @Test
    void refusesFilesWithoutExactlyOneKey() throws X509Exception {
        assertFails(X509Failure.NO_SINGLE_PRIVATE_KEY, () -> KeyFile.read(TestData.bytes("leaf.pem")).privateKey());
        byte[] twoKeys = (TestData.text("ec-p-256.key") + TestData.text("ed25519.key")).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertFails(X509Failure.NO_SINGLE_PRIVATE_KEY, () -> KeyFile.read(twoKeys).privateKey());
    }

    @Test
    void refusesContentThatIsNeitherPemNorAKnownDerStructure() {
        assertFails(X509Failure.UNRECOGNIZED_CONTENT, () -> KeyFile.read("just text".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertFails(X509Failure.UNRECOGNIZED_CONTENT, () -> KeyFile.read(new byte[] {0x30, 0x03, 0x01, 0x01, (byte) 0xff}));
    }

    @Test
    void readsFilesFromDisk(@TempDir Path folder) throws IOException, X509Exception {
        Path file = folder.resolve("key");
        Files.write(file, TestData.bytes("ed448.key"));
        assertTrue(KeyFile.read(file).privateKey() instanceof EdPrivateKey);
    }
}
