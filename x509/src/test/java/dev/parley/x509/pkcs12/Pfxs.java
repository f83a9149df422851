package dev.parley.x509.pkcs12;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.Hmac;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.x509.Oids;
import dev.parley.x509.X509Exception;
import dev.parley.x509.algorithm.AlgorithmIdentifier;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.DerWriter;
import dev.parley.x509.der.ObjectIdentifier;
import dev.parley.x509.key.IterationBudget;
import dev.parley.x509.key.Pkcs12Kdf;
import java.util.List;

/**
 * Builds PKCS #12 structures for tests, shapes no exporter writes included. The MAC is made with
 * Parley's own PKCS #12 KDF: these files test what happens after the MAC, which the OpenSSL files
 * of testdata/encrypted test against an independent writer.
 */
final class Pfxs {

    static final String PASSWORD = "parley";

    private Pfxs() {
    }

    /** {@code SafeBag ::= SEQUENCE { bagId, [0] EXPLICIT bagValue }}. */
    static byte[] bag(ObjectIdentifier type, byte[] value) {
        return DerWriter.encode(w -> w.sequence(bag -> {
            bag.oid(type);
            bag.explicit(0, v -> v.raw(Bytes.wrap(value)));
        }));
    }

    /** {@code SafeContents ::= SEQUENCE OF SafeBag}. */
    static byte[] safeContents(List<byte[]> bags) {
        return DerWriter.encode(w -> w.sequence(s -> bags.forEach(b -> s.raw(Bytes.wrap(b)))));
    }

    /** A data ContentInfo around {@code content}. */
    static byte[] data(byte[] content) {
        return DerWriter.encode(w -> w.sequence(info -> {
            info.oid(Pkcs12Oids.DATA);
            info.explicit(0, c -> c.octetString(Bytes.wrap(content)));
        }));
    }

    /** An encryptedData ContentInfo: version 0, content type data, the algorithm and the ciphertext as given. */
    static byte[] encryptedData(AlgorithmIdentifier algorithm, byte[] ciphertext) {
        return DerWriter.encode(w -> w.sequence(info -> {
            info.oid(Pkcs12Oids.ENCRYPTED_DATA);
            info.explicit(0, c -> c.sequence(encrypted -> {
                encrypted.integer(0);
                encrypted.sequence(eci -> {
                    eci.oid(Pkcs12Oids.DATA);
                    algorithm.write(eci);
                    eci.element(DerTag.contextPrimitive(0), Bytes.wrap(ciphertext));
                });
            }));
        }));
    }

    /** A PFX of version 3 over the AuthenticatedSafe of {@code contentInfos}, with an HMAC-SHA256 MAC under {@link #PASSWORD}. */
    static byte[] pfx(List<byte[]> contentInfos, int macIterations) throws X509Exception {
        byte[] authSafe = DerWriter.encode(w -> w.sequence(s -> contentInfos.forEach(c -> s.raw(Bytes.wrap(c)))));
        CryptoProvider crypto = new BouncyCastleCryptoProvider();
        byte[] salt = Bytes.fromHex("0102030405060708").toByteArray();
        byte[] key = Pkcs12Kdf.derive(crypto, HashAlgorithm.SHA256, Pkcs12Kdf.MAC_MATERIAL,
                Pkcs12Kdf.bmpPassword(PASSWORD.toCharArray()), salt, macIterations, 32, IterationBudget.forOneFile());
        Hmac hmac = crypto.hmac(HashAlgorithm.SHA256, key);
        hmac.update(authSafe);
        byte[] mac = hmac.doFinal();
        return pfxWithMac(authSafe, mac, salt, macIterations);
    }

    /** A PFX with the MacData given as is. */
    static byte[] pfxWithMac(byte[] authSafe, byte[] mac, byte[] salt, int iterations) {
        return DerWriter.encode(w -> w.sequence(pfx -> {
            pfx.integer(3);
            pfx.raw(Bytes.wrap(data(authSafe)));
            pfx.sequence(macData -> {
                macData.sequence(digestInfo -> {
                    AlgorithmIdentifier.withNullParameters(Oids.SHA256).write(digestInfo);
                    digestInfo.octetString(Bytes.wrap(mac));
                });
                macData.octetString(Bytes.wrap(salt));
                macData.integer(iterations);
            });
        }));
    }
}
