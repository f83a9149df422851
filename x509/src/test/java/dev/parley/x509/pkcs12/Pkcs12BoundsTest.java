package dev.parley.x509.pkcs12;

import static dev.parley.x509.testing.Failures.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.crypto.BlockCipherAlgorithm;
import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.der.DerWriter;
import dev.parley.x509.der.ObjectIdentifier;
import dev.parley.x509.key.EncryptionOids;
import dev.parley.x509.key.PasswordCallback;
import dev.parley.x509.key.Pbes2Parameters;
import dev.parley.x509.testing.TestData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile PKCS #12 shapes: too many bags, nesting, iteration counts, versions and modes Parley does not read. */
class Pkcs12BoundsTest {

    private static final ObjectIdentifier UNKNOWN_BAG = ObjectIdentifier.of("1.3.6.1.4.1.99999.1");
    private static final byte[] NULL = {0x05, 0x00};

    private final CryptoProvider crypto = new BouncyCastleCryptoProvider();

    @Test
    void readsAHandBuiltFileAndSkipsUnknownBags() throws X509Exception {
        byte[] certificate = Pfxs.bag(Pkcs12Oids.CERT_BAG, DerWriter.encode(w -> w.sequence(bag -> {
            bag.oid(Pkcs12Oids.X509_CERTIFICATE);
            bag.explicit(0, v -> v.octetString(Bytes.wrap(TestData.bytes("leaf.der"))));
        })));
        byte[] der = Pfxs.pfx(List.of(Pfxs.data(Pfxs.safeContents(List.of(certificate, Pfxs.bag(UNKNOWN_BAG, NULL))))), 2048);
        Pkcs12 p12 = read(der);
        assertEquals(1, p12.certificates().size());
        assertEquals(1, p12.skippedBags());
    }

    @Test
    void refusesMoreThanMaxBags() throws X509Exception {
        List<byte[]> bags = new ArrayList<>();
        for (int i = 0; i <= SafeContentsReader.MAX_BAGS; i++) {
            bags.add(Pfxs.bag(UNKNOWN_BAG, NULL));
        }
        byte[] der = Pfxs.pfx(List.of(Pfxs.data(Pfxs.safeContents(bags))), 1);
        assertFails(X509Failure.INPUT_TOO_LARGE, () -> read(der));
    }

    @Test
    void refusesSafeContentsNestedTooDeeply() throws X509Exception {
        byte[] contents = Pfxs.safeContents(List.of(Pfxs.bag(UNKNOWN_BAG, NULL)));
        for (int depth = 1; depth < SafeContentsReader.MAX_NESTING; depth++) {
            contents = Pfxs.safeContents(List.of(Pfxs.bag(Pkcs12Oids.SAFE_CONTENTS_BAG, contents)));
        }
        assertEquals(1, read(Pfxs.pfx(List.of(Pfxs.data(contents)), 1)).skippedBags(), "nesting up to the bound is read");
        byte[] deeper = Pfxs.safeContents(List.of(Pfxs.bag(Pkcs12Oids.SAFE_CONTENTS_BAG, contents)));
        byte[] der = Pfxs.pfx(List.of(Pfxs.data(deeper)), 1);
        assertFails(X509Failure.NESTING_TOO_DEEP, () -> read(der));
    }

    @Test
    void refusesAMacIterationCountBeyondTheBudgetWithoutDeriving() {
        byte[] authSafe = DerWriter.encode(w -> w.sequence(s -> { }));
        byte[] der = Pfxs.pfxWithMac(authSafe, new byte[32], new byte[8], Integer.MAX_VALUE);
        assertFails(X509Failure.INVALID_ALGORITHM_PARAMETERS, () -> read(der));
    }

    @Test
    void refusesAnEncryptedBagIterationCountBeyondTheBudget() throws X509Exception {
        Pbes2Parameters hostile = new Pbes2Parameters(HashAlgorithm.SHA256, Bytes.wrap(new byte[8]), Integer.MAX_VALUE,
                BlockCipherAlgorithm.AES_256, Bytes.wrap(new byte[16]));
        byte[] der = Pfxs.pfx(List.of(Pfxs.encryptedData(hostile.identifier(), new byte[32])), 2048);
        assertFails(X509Failure.INVALID_ALGORITHM_PARAMETERS, () -> read(der));
    }

    @Test
    void refusesOtherVersionsAndModes() throws X509Exception {
        byte[] good = Pfxs.pfx(List.of(), 1);
        byte[] version2 = good.clone();
        assertEquals(3, version2[4]);
        version2[4] = 2;
        assertFails(X509Failure.INTEGER_OUT_OF_RANGE, () -> read(version2));
        byte[] enveloped = Pfxs.pfx(List.of(DerWriter.encode(w -> w.sequence(info -> {
            info.oid(Pkcs12Oids.ENVELOPED_DATA);
            info.explicit(0, c -> c.sequence(e -> e.integer(0)));
        }))), 1);
        assertFails(X509Failure.UNSUPPORTED_ALGORITHM, () -> read(enveloped));
        byte[] signed = DerWriter.encode(w -> w.sequence(pfx -> {
            pfx.integer(3);
            pfx.sequence(info -> {
                info.oid(Pkcs12Oids.SIGNED_DATA);
                info.explicit(0, c -> c.sequence(s -> s.integer(1)));
            });
        }));
        assertFails(X509Failure.UNSUPPORTED_ALGORITHM, () -> read(signed));
    }

    @Test
    void refusesPbmac1AsUnsupported() {
        byte[] der = DerWriter.encode(w -> w.sequence(pfx -> {
            pfx.integer(3);
            pfx.raw(Bytes.wrap(Pfxs.data(DerWriter.encode(a -> a.sequence(s -> { })))));
            pfx.sequence(macData -> {
                macData.sequence(digestInfo -> {
                    digestInfo.sequence(algorithm -> {
                        algorithm.oid(EncryptionOids.PBMAC1);
                        algorithm.sequence(params -> { });
                    });
                    digestInfo.octetString(Bytes.wrap(new byte[32]));
                });
                macData.octetString(Bytes.wrap(new byte[8]));
                macData.integer(1);
            });
        }));
        X509Exception e = assertFails(X509Failure.UNSUPPORTED_ALGORITHM, () -> read(der));
        assertEquals(true, e.detail().contains("RFC 9579"), e.detail());
    }

    private Pkcs12 read(byte[] der) throws X509Exception {
        return Pkcs12.read(der, PasswordCallback.of(Pfxs.PASSWORD.toCharArray()), "test", crypto);
    }
}
