package dev.parley.x509.key;

import dev.parley.crypto.BlockCipherAlgorithm;
import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.algorithm.AlgorithmIdentifier;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.DerValue;
import dev.parley.x509.der.DerWriter;
import dev.parley.x509.der.ObjectIdentifier;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One of PKCS #12's own password-based encryption schemes (RFC 7292 Appendix C), which
 * {@code openssl pkcs12 -legacy} still writes: SHA-1 and the PKCS #12 key derivation
 * ({@link Pkcs12Kdf}) make a key and an IV for a CBC cipher.
 *
 * <pre>
 * pkcs-12PbeParams ::= SEQUENCE { salt OCTET STRING, iterations INTEGER }
 * </pre>
 *
 * Supported: pbeWithSHAAnd3-KeyTripleDES-CBC, pbeWithSHAAnd128BitRC2-CBC and
 * pbewithSHAAnd40BitRC2-CBC. The password is taken as a BMPString ({@link Pkcs12Kdf#bmpPassword}).
 *
 * @param cipher the block cipher the scheme's OID names
 * @param salt the salt
 * @param iterations the iteration count, at least 1
 */
public record Pkcs12PbeParameters(BlockCipherAlgorithm cipher, Bytes salt, int iterations) implements PasswordBasedEncryption {

    public Pkcs12PbeParameters {
        Objects.requireNonNull(cipher, "cipher");
        Objects.requireNonNull(salt, "salt");
        if (cipher == BlockCipherAlgorithm.AES_128 || cipher == BlockCipherAlgorithm.AES_192
                || cipher == BlockCipherAlgorithm.AES_256 || iterations < 1) {
            throw new IllegalArgumentException(cipher + " with " + iterations + " iterations is not a PKCS #12 scheme");
        }
    }

    static boolean isPkcs12Pbe(ObjectIdentifier oid) {
        return oid.equals(EncryptionOids.PBE_WITH_SHA_AND_3KEY_TRIPLE_DES_CBC)
                || oid.equals(EncryptionOids.PBE_WITH_SHA_AND_128BIT_RC2_CBC)
                || oid.equals(EncryptionOids.PBE_WITH_SHA_AND_40BIT_RC2_CBC);
    }

    static Pkcs12PbeParameters decode(ObjectIdentifier oid, DerValue parameters) throws X509Exception {
        DerReader outer = parameters.reader();
        DerReader params = outer.sequence("pkcs-12PbeParams");
        outer.expectEnd("pkcs-12PbeParams");
        Bytes salt = params.octetString("salt");
        int iterations = params.intValue(1, Integer.MAX_VALUE, "iterations");
        params.expectEnd("pkcs-12PbeParams");
        return new Pkcs12PbeParameters(cipher(oid), salt, iterations);
    }

    @Override
    public byte[] decrypt(byte[] ciphertext, char[] password, CryptoProvider crypto, IterationBudget budget)
            throws X509Exception {
        byte[] bmp = Pkcs12Kdf.bmpPassword(password);
        byte[] key = null;
        byte[] iv = null;
        try {
            // RFC 7292 Appendix B.3 and C: the key with ID 1, the IV with ID 2, both from SHA-1.
            key = Pkcs12Kdf.derive(crypto, HashAlgorithm.SHA1, Pkcs12Kdf.KEY_MATERIAL, bmp, salt.toByteArray(),
                    iterations, cipher.keyLength(), budget);
            iv = Pkcs12Kdf.derive(crypto, HashAlgorithm.SHA1, Pkcs12Kdf.IV_MATERIAL, bmp, salt.toByteArray(),
                    iterations, cipher.blockLength(), budget);
            return CbcWithPadding.decrypt(crypto, cipher, key, iv, ciphertext);
        } finally {
            Arrays.fill(bmp, (byte) 0);
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
        }
    }

    @Override
    public AlgorithmIdentifier identifier() {
        byte[] fields = DerWriter.encode(w -> {
            w.octetString(salt);
            w.integer(iterations);
        });
        return new AlgorithmIdentifier(oid(cipher), Optional.of(DerValue.of(DerTag.SEQUENCE, Bytes.wrap(fields))));
    }

    private static BlockCipherAlgorithm cipher(ObjectIdentifier oid) {
        if (oid.equals(EncryptionOids.PBE_WITH_SHA_AND_3KEY_TRIPLE_DES_CBC)) {
            return BlockCipherAlgorithm.DES_EDE3;
        }
        return oid.equals(EncryptionOids.PBE_WITH_SHA_AND_128BIT_RC2_CBC) ? BlockCipherAlgorithm.RC2_128 : BlockCipherAlgorithm.RC2_40;
    }

    private static ObjectIdentifier oid(BlockCipherAlgorithm cipher) {
        return switch (cipher) {
            case DES_EDE3 -> EncryptionOids.PBE_WITH_SHA_AND_3KEY_TRIPLE_DES_CBC;
            case RC2_128 -> EncryptionOids.PBE_WITH_SHA_AND_128BIT_RC2_CBC;
            case RC2_40 -> EncryptionOids.PBE_WITH_SHA_AND_40BIT_RC2_CBC;
            case AES_128, AES_192, AES_256 -> throw new IllegalStateException("not a PKCS #12 cipher: " + cipher);
        };
    }
}
