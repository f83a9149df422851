package dev.parley.x509.pkcs12;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.PrivateKey;
import dev.parley.x509.Certificate;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.algorithm.AlgorithmIdentifier;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.ObjectIdentifier;
import dev.parley.x509.key.EncryptedPrivateKeyInfo;
import dev.parley.x509.key.IterationBudget;
import dev.parley.x509.key.PasswordBasedEncryption;
import dev.parley.x509.key.PrivateKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the AuthenticatedSafe of a PKCS #12 file, once its MAC has verified (RFC 7292 §4.1, §4.2):
 *
 * <pre>
 * AuthenticatedSafe ::= SEQUENCE OF ContentInfo      -- data, or encryptedData (password privacy)
 * SafeContents      ::= SEQUENCE OF SafeBag
 * SafeBag           ::= SEQUENCE { bagId OID, bagValue [0] EXPLICIT ANY, bagAttributes SET OF PKCS12Attribute OPTIONAL }
 * CertBag           ::= SEQUENCE { certId OID, certValue [0] EXPLICIT OCTET STRING }
 * EncryptedData     ::= SEQUENCE { version INTEGER, encryptedContentInfo EncryptedContentInfo }     -- RFC 5652 §8
 * EncryptedContentInfo ::= SEQUENCE { contentType OID, contentEncryptionAlgorithm AlgorithmIdentifier,
 *                                     encryptedContent [0] IMPLICIT OCTET STRING OPTIONAL }          -- RFC 5652 §6.1
 * </pre>
 *
 * Keys (keyBag, pkcs8ShroudedKeyBag) and X.509 certificates (certBag) are kept with their
 * attributes; CRL, secret and unknown bags are counted and skipped. Bounds: at most
 * {@link #MAX_BAGS} bags in all and safeContentsBag nesting {@link #MAX_NESTING} deep.
 */
final class SafeContentsReader {

    /** The most bags one file may hold, counting every level. */
    static final int MAX_BAGS = 1024;
    /** How deeply safeContentsBags may nest. */
    static final int MAX_NESTING = 4;

    /** A private key and its attributes; not a record, so that it never prints the key. */
    static final class KeyEntry {
        final PrivateKey key;
        final BagAttributes attributes;

        KeyEntry(PrivateKey key, BagAttributes attributes) {
            this.key = key;
            this.attributes = attributes;
        }
    }

    /** A certificate and its attributes. */
    record CertificateEntry(Certificate certificate, BagAttributes attributes) {
    }

    private final char[] password;
    private final CryptoProvider crypto;
    private final IterationBudget budget;
    private final List<KeyEntry> keys = new ArrayList<>();
    private final List<CertificateEntry> certificates = new ArrayList<>();
    private int bags;
    private int skipped;

    SafeContentsReader(char[] password, CryptoProvider crypto, IterationBudget budget) {
        this.password = password;
        this.crypto = crypto;
        this.budget = budget;
    }

    List<KeyEntry> keys() {
        return keys;
    }

    List<CertificateEntry> certificates() {
        return certificates;
    }

    int skippedBags() {
        return skipped;
    }

    /** Reads every ContentInfo of the AuthenticatedSafe in {@code authSafeContent}. */
    void readAuthenticatedSafe(byte[] authSafeContent) throws X509Exception {
        DerReader outer = DerReader.of(authSafeContent, Pkcs12.MAX_ENCODED_LENGTH);
        DerReader contentInfos = outer.sequence("AuthenticatedSafe");
        outer.expectEnd("AuthenticatedSafe");
        int index = 0;
        while (!contentInfos.isEmpty()) {
            index++;
            try {
                readContentInfo(contentInfos.sequence("ContentInfo"));
            } catch (X509Exception e) {
                throw e.within("AuthenticatedSafe ContentInfo " + index);
            }
        }
    }

    private void readContentInfo(DerReader contentInfo) throws X509Exception {
        ObjectIdentifier type = contentInfo.oid("contentType");
        DerReader content = contentInfo.readConstructed(DerTag.contextConstructed(0), "content");
        contentInfo.expectEnd("ContentInfo");
        if (type.equals(Pkcs12Oids.DATA)) {
            Bytes data = content.octetString("data");
            content.expectEnd("content");
            readSafeContents(data.toByteArray(), 0);
        } else if (type.equals(Pkcs12Oids.ENCRYPTED_DATA)) {
            byte[] plaintext = decrypt(content.sequence("EncryptedData"));
            content.expectEnd("content");
            readSafeContents(plaintext, 0);
        } else {
            // RFC 7292 §3.1: envelopedData is public-key privacy mode, which Parley does not implement.
            throw new X509Exception(X509Failure.UNSUPPORTED_ALGORITHM, "ContentInfo of type " + type
                    + " is not supported; Parley reads password privacy mode (data and encryptedData)");
        }
    }

    /** RFC 5652 §8 and §6.1: the encrypted SafeContents, decrypted with the file's password. */
    private byte[] decrypt(DerReader encryptedData) throws X509Exception {
        // RFC 5652 §8: version is 0, or 2 when unprotectedAttrs are present.
        encryptedData.intValue(0, 2, "EncryptedData version");
        DerReader info = encryptedData.sequence("encryptedContentInfo");
        ObjectIdentifier contentType = info.oid("contentType");
        AlgorithmIdentifier algorithm = AlgorithmIdentifier.read(info, "contentEncryptionAlgorithm");
        Bytes ciphertext = info.readContent(DerTag.contextPrimitive(0), "encryptedContent");
        info.expectEnd("encryptedContentInfo");
        encryptedData.optionalConstructed(DerTag.contextConstructed(1), "unprotectedAttrs");
        encryptedData.expectEnd("EncryptedData");
        if (!contentType.equals(Pkcs12Oids.DATA)) {
            throw new X509Exception(X509Failure.UNEXPECTED_TAG, "encrypted content of type " + contentType + ", expected data");
        }
        return PasswordBasedEncryption.of(algorithm).decrypt(ciphertext.toByteArray(), password, crypto, budget);
    }

    private void readSafeContents(byte[] der, int depth) throws X509Exception {
        DerReader outer = DerReader.of(der, Pkcs12.MAX_ENCODED_LENGTH);
        DerReader safeBags = outer.sequence("SafeContents");
        outer.expectEnd("SafeContents");
        while (!safeBags.isEmpty()) {
            if (++bags > MAX_BAGS) {
                throw new X509Exception(X509Failure.INPUT_TOO_LARGE, "more than " + MAX_BAGS + " SafeBags");
            }
            try {
                readSafeBag(safeBags.sequence("SafeBag"), depth);
            } catch (X509Exception e) {
                throw e.within("SafeBag " + bags);
            }
        }
    }

    private void readSafeBag(DerReader bag, int depth) throws X509Exception {
        ObjectIdentifier type = bag.oid("bagId");
        DerReader value = bag.readConstructed(DerTag.contextConstructed(0), "bagValue");
        BagAttributes attributes = BagAttributes.read(bag);
        bag.expectEnd("SafeBag");
        if (type.equals(Pkcs12Oids.KEY_BAG)) {
            byte[] der = value.read(DerTag.SEQUENCE, "keyBag").encoded().toByteArray();
            try {
                keys.add(new KeyEntry(PrivateKeys.fromPkcs8(der), attributes));
            } finally {
                Arrays.fill(der, (byte) 0);
            }
        } else if (type.equals(Pkcs12Oids.PKCS8_SHROUDED_KEY_BAG)) {
            EncryptedPrivateKeyInfo shrouded = EncryptedPrivateKeyInfo.parse(
                    value.read(DerTag.SEQUENCE, "pkcs8ShroudedKeyBag").encoded().toByteArray());
            keys.add(new KeyEntry(shrouded.decrypt(password, crypto, budget), attributes));
        } else if (type.equals(Pkcs12Oids.CERT_BAG)) {
            readCertBag(value.sequence("CertBag"), attributes);
        } else if (type.equals(Pkcs12Oids.SAFE_CONTENTS_BAG)) {
            if (depth + 1 >= MAX_NESTING) {
                throw new X509Exception(X509Failure.NESTING_TOO_DEEP, "safeContentsBags nested deeper than " + MAX_NESTING);
            }
            readSafeContents(value.read(DerTag.SEQUENCE, "safeContentsBag").encoded().toByteArray(), depth + 1);
        } else {
            // RFC 7292 §4.2: crlBag, secretBag and bag types defined elsewhere hold nothing a TLS peer uses.
            value.readAny("bagValue");
            skipped++;
        }
        value.expectEnd("bagValue");
    }

    private void readCertBag(DerReader certBag, BagAttributes attributes) throws X509Exception {
        ObjectIdentifier certType = certBag.oid("certId");
        DerReader wrapper = certBag.readConstructed(DerTag.contextConstructed(0), "certValue");
        Bytes certificate = wrapper.octetString("certValue");
        wrapper.expectEnd("certValue");
        certBag.expectEnd("CertBag");
        if (!certType.equals(Pkcs12Oids.X509_CERTIFICATE)) {
            // RFC 7292 §4.2.3: sdsiCertificate is the other type; it is no X.509 certificate.
            skipped++;
            return;
        }
        certificates.add(new CertificateEntry(Certificate.parse(certificate), attributes));
    }
}
