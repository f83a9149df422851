package dev.parley.x509.pem;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.DerTag;

/**
 * What a DER key or certificate file holds, told from the shape of its first elements, because a
 * DER file has no label. The structures differ early enough:
 *
 * <pre>
 * Certificate            SEQUENCE { SEQUENCE { [0] | INTEGER, SEQUENCE, SEQUENCE, SEQUENCE ...}, SEQUENCE, BIT STRING }
 * CertificateList (CRL)  SEQUENCE { SEQUENCE { [INTEGER,] SEQUENCE, SEQUENCE, Time ...}, SEQUENCE, BIT STRING }
 * SubjectPublicKeyInfo   SEQUENCE { SEQUENCE, BIT STRING }
 * EncryptedPrivateKeyInfo SEQUENCE { SEQUENCE, OCTET STRING }
 * PFX (PKCS #12)         SEQUENCE { INTEGER 3, SEQUENCE { OBJECT IDENTIFIER ... } [, SEQUENCE] }
 * OneAsymmetricKey       SEQUENCE { INTEGER 0 or 1, SEQUENCE, OCTET STRING ... }
 * ECPrivateKey           SEQUENCE { INTEGER, OCTET STRING ... }
 * RSAPrivateKey          SEQUENCE { INTEGER, INTEGER ... }
 * </pre>
 */
enum DerContent {
    CERTIFICATE, CRL, PUBLIC_KEY, ENCRYPTED_PKCS8, PKCS12, PKCS8, SEC1, PKCS1, UNKNOWN;

    static DerContent of(byte[] der) {
        try {
            DerReader outer = DerReader.of(der, Pem.MAX_FILE_LENGTH);
            DerReader top = outer.sequence("content");
            DerTag first = top.peekTag();
            if (first.equals(DerTag.INTEGER)) {
                boolean three = top.readContent(DerTag.INTEGER, "first").equals(Bytes.of((byte) 3));
                DerTag second = top.peekTag();
                if (three && second.equals(DerTag.SEQUENCE) && top.sequence("second").nextIs(DerTag.OBJECT_IDENTIFIER)) {
                    return PKCS12;
                }
                return second.equals(DerTag.SEQUENCE) ? PKCS8
                        : second.equals(DerTag.OCTET_STRING) ? SEC1
                        : second.equals(DerTag.INTEGER) ? PKCS1 : UNKNOWN;
            }
            if (!first.equals(DerTag.SEQUENCE)) {
                return UNKNOWN;
            }
            DerReader inner = top.sequence("first");
            DerTag second = top.peekTag();
            if (second.equals(DerTag.OCTET_STRING)) {
                return ENCRYPTED_PKCS8;
            }
            if (second.equals(DerTag.BIT_STRING)) {
                return PUBLIC_KEY;
            }
            return second.equals(DerTag.SEQUENCE) ? signedKind(inner) : UNKNOWN;
        } catch (X509Exception notDer) {
            return UNKNOWN;
        }
    }

    /** A certificate's TBS has no Time among its first four elements; a CRL's does. */
    private static DerContent signedKind(DerReader tbs) throws X509Exception {
        for (int i = 0; i < 4 && !tbs.isEmpty(); i++) {
            DerTag tag = tbs.peekTag();
            if (tag.equals(DerTag.UTC_TIME) || tag.equals(DerTag.GENERALIZED_TIME)) {
                return CRL;
            }
            tbs.readAny("element");
        }
        return CERTIFICATE;
    }
}
