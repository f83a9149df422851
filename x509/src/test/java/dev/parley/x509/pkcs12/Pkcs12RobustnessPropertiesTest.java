package dev.parley.x509.pkcs12;

import static dev.parley.x509.testing.Failures.assertValueOrX509Exception;

import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.x509.X509Exception;
import dev.parley.x509.key.EncryptedPrivateKeyInfo;
import dev.parley.x509.key.IterationBudget;
import dev.parley.x509.key.PasswordCallback;
import dev.parley.x509.pem.KeyFile;
import dev.parley.x509.testing.TestData;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Hostile input to the PKCS #12 and encrypted-key readers gives a value or an X509Exception,
 * never another exception: arbitrary octets, and real files with octets changed, cut or inserted.
 * Mutated whole files stop at the MAC, so the AuthenticatedSafe behind it is mutated directly too.
 */
class Pkcs12RobustnessPropertiesTest {

    private static final CryptoProvider CRYPTO = new BouncyCastleCryptoProvider();
    private static final PasswordCallback PASSWORD = PasswordCallback.of("parley".toCharArray());
    private static final List<byte[]> FILES = List.of(TestData.bytes("encrypted/leaf.p12"),
            TestData.bytes("encrypted/leaf-legacy.p12"), TestData.bytes("encrypted/rsa2048-unencrypted.p12"));
    private static final List<byte[]> ENCRYPTED_KEYS = List.of(TestData.pemBody("encrypted/rsa2048-pbe-sha1-3des.pem"),
            TestData.pemBody("encrypted/ec-p-256-aes128-sha1.pem"), TestData.bytes("encrypted/ec-p-384-aes192-sha512.der"));

    @Property(tries = 500)
    void arbitraryOctetsReadCleanly(@ForAll @Size(max = 300) byte[] input) {
        assertValueOrX509Exception(() -> Pkcs12.read(input, PASSWORD, "property", CRYPTO));
        assertValueOrX509Exception(() -> KeyFile.read(input, PASSWORD, "property", CRYPTO));
        assertValueOrX509Exception(() -> authenticatedSafe(input));
        assertValueOrX509Exception(() -> encryptedKey(input));
    }

    @Property(tries = 300)
    void mutatedFilesReadCleanly(@ForAll("mutatedFiles") byte[] input) {
        assertValueOrX509Exception(() -> Pkcs12.read(input, PASSWORD, "property", CRYPTO));
        assertValueOrX509Exception(() -> KeyFile.read(input, PASSWORD, "property", CRYPTO));
    }

    @Property(tries = 500)
    void mutatedAuthenticatedSafesReadCleanly(@ForAll("mutatedAuthenticatedSafes") byte[] input) {
        assertValueOrX509Exception(() -> authenticatedSafe(input));
    }

    @Property(tries = 500)
    void mutatedEncryptedKeysDecryptCleanly(@ForAll("mutatedEncryptedKeys") byte[] input) {
        assertValueOrX509Exception(() -> encryptedKey(input));
    }

    @Provide
    Arbitrary<byte[]> mutatedFiles() {
        return mutations(FILES);
    }

    @Provide
    Arbitrary<byte[]> mutatedAuthenticatedSafes() {
        return mutations(FILES.stream().map(Pkcs12RobustnessPropertiesTest::authSafeContent).toList());
    }

    @Provide
    Arbitrary<byte[]> mutatedEncryptedKeys() {
        return mutations(ENCRYPTED_KEYS);
    }

    private static Object authenticatedSafe(byte[] input) throws X509Exception {
        SafeContentsReader reader = new SafeContentsReader("parley".toCharArray(), CRYPTO, IterationBudget.of(100_000));
        reader.readAuthenticatedSafe(input);
        return reader.certificates();
    }

    private static Object encryptedKey(byte[] input) throws X509Exception {
        return EncryptedPrivateKeyInfo.parse(input).decrypt("parley".toCharArray(), CRYPTO, IterationBudget.of(100_000));
    }

    /** The authSafe content of an OpenSSL file: an OCTET STRING with a two-octet length at offset 26. */
    private static byte[] authSafeContent(byte[] pfx) {
        int length = ((pfx[28] & 0xFF) << 8) | (pfx[29] & 0xFF);
        return Arrays.copyOfRange(pfx, 30, 30 + length);
    }

    private static Arbitrary<byte[]> mutations(List<byte[]> seeds) {
        return Combinators.combine(Arbitraries.of(seeds), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 100_000), Arbitraries.bytes()).as(Pkcs12RobustnessPropertiesTest::mutate);
    }

    private static byte[] mutate(byte[] original, int kind, int where, byte octet) {
        int at = where % original.length;
        return switch (kind) {
            case 0 -> {
                byte[] copy = original.clone();
                copy[at] ^= (byte) (octet == 0 ? 1 : octet);
                yield copy;
            }
            case 1 -> Arrays.copyOf(original, at);
            default -> {
                byte[] copy = new byte[original.length + 1];
                System.arraycopy(original, 0, copy, 0, at);
                copy[at] = octet;
                System.arraycopy(original, at, copy, at + 1, original.length - at);
                yield copy;
            }
        };
    }
}
