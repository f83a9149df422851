package dev.parley.x509.pkcs12;

import dev.parley.x509.der.ObjectIdentifier;

/**
 * The object identifiers of PKCS #12 files: content types (RFC 2315 §14, RFC 5652), bag types
 * (RFC 7292 §4.2), certificate types and bag attributes (RFC 7292 Appendix D). The encryption
 * schemes are in {@link dev.parley.x509.key.EncryptionOids}.
 */
public final class Pkcs12Oids {

    private Pkcs12Oids() {
    }

    // --- Content types: RFC 2315 §14 / RFC 5652 ---

    /** id-data: an OCTET STRING that holds the content. */
    public static final ObjectIdentifier DATA = ObjectIdentifier.of("1.2.840.113549.1.7.1");
    /** id-signedData: public-key integrity mode (RFC 7292 §3.1), not supported. */
    public static final ObjectIdentifier SIGNED_DATA = ObjectIdentifier.of("1.2.840.113549.1.7.2");
    /** id-envelopedData: public-key privacy mode (RFC 7292 §3.1), not supported. */
    public static final ObjectIdentifier ENVELOPED_DATA = ObjectIdentifier.of("1.2.840.113549.1.7.3");
    /** id-encryptedData: password privacy mode. */
    public static final ObjectIdentifier ENCRYPTED_DATA = ObjectIdentifier.of("1.2.840.113549.1.7.6");

    // --- Bag types: RFC 7292 §4.2 ---

    /** keyBag: a PKCS #8 PrivateKeyInfo in the clear. */
    public static final ObjectIdentifier KEY_BAG = ObjectIdentifier.of("1.2.840.113549.1.12.10.1.1");
    /** pkcs8ShroudedKeyBag: an EncryptedPrivateKeyInfo. */
    public static final ObjectIdentifier PKCS8_SHROUDED_KEY_BAG = ObjectIdentifier.of("1.2.840.113549.1.12.10.1.2");
    /** certBag. */
    public static final ObjectIdentifier CERT_BAG = ObjectIdentifier.of("1.2.840.113549.1.12.10.1.3");
    /** crlBag (skipped). */
    public static final ObjectIdentifier CRL_BAG = ObjectIdentifier.of("1.2.840.113549.1.12.10.1.4");
    /** secretBag (skipped). */
    public static final ObjectIdentifier SECRET_BAG = ObjectIdentifier.of("1.2.840.113549.1.12.10.1.5");
    /** safeContentsBag: a nested SafeContents. */
    public static final ObjectIdentifier SAFE_CONTENTS_BAG = ObjectIdentifier.of("1.2.840.113549.1.12.10.1.6");

    // --- Certificate types and attributes: RFC 7292 Appendix D, RFC 2985 §5.5 ---

    /** x509Certificate: a DER certificate in an OCTET STRING. */
    public static final ObjectIdentifier X509_CERTIFICATE = ObjectIdentifier.of("1.2.840.113549.1.9.22.1");
    /** pkcs-9-at-friendlyName: a BMPString naming the bag for people. */
    public static final ObjectIdentifier FRIENDLY_NAME = ObjectIdentifier.of("1.2.840.113549.1.9.20");
    /** pkcs-9-at-localKeyId: an OCTET STRING shared by a key and its certificate. */
    public static final ObjectIdentifier LOCAL_KEY_ID = ObjectIdentifier.of("1.2.840.113549.1.9.21");
}
