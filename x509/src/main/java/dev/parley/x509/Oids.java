package dev.parley.x509;

import dev.parley.x509.der.ObjectIdentifier;

/**
 * The object identifiers this module recognises, named after their ASN.1 names, with the document
 * that assigns each. A constant table: it grows as the module learns new structures.
 */
public final class Oids {

    private Oids() {
    }

    // --- Algorithms: RFC 8017 Appendix C (PKCS #1), RFC 4055, RFC 5480, RFC 5758, RFC 8410 ---

    /** rsaEncryption, RFC 8017 Appendix C. */
    public static final ObjectIdentifier RSA_ENCRYPTION = ObjectIdentifier.of("1.2.840.113549.1.1.1");
    /** md5WithRSAEncryption, RFC 8017 Appendix C; recognised only to be refused. */
    public static final ObjectIdentifier MD5_WITH_RSA_ENCRYPTION = ObjectIdentifier.of("1.2.840.113549.1.1.4");
    /** sha1WithRSAEncryption, RFC 8017 Appendix C. */
    public static final ObjectIdentifier SHA1_WITH_RSA_ENCRYPTION = ObjectIdentifier.of("1.2.840.113549.1.1.5");
    /** id-mgf1, RFC 8017 Appendix C. */
    public static final ObjectIdentifier MGF1 = ObjectIdentifier.of("1.2.840.113549.1.1.8");
    /** id-RSASSA-PSS, RFC 8017 Appendix C and RFC 4055 §3.1. */
    public static final ObjectIdentifier RSASSA_PSS = ObjectIdentifier.of("1.2.840.113549.1.1.10");
    /** sha256WithRSAEncryption, RFC 8017 Appendix C. */
    public static final ObjectIdentifier SHA256_WITH_RSA_ENCRYPTION = ObjectIdentifier.of("1.2.840.113549.1.1.11");
    /** sha384WithRSAEncryption, RFC 8017 Appendix C. */
    public static final ObjectIdentifier SHA384_WITH_RSA_ENCRYPTION = ObjectIdentifier.of("1.2.840.113549.1.1.12");
    /** sha512WithRSAEncryption, RFC 8017 Appendix C. */
    public static final ObjectIdentifier SHA512_WITH_RSA_ENCRYPTION = ObjectIdentifier.of("1.2.840.113549.1.1.13");

    /** id-ecPublicKey, RFC 5480 §2.1.1. */
    public static final ObjectIdentifier EC_PUBLIC_KEY = ObjectIdentifier.of("1.2.840.10045.2.1");
    /** secp256r1 (P-256), RFC 5480 §2.1.1.1. */
    public static final ObjectIdentifier SECP256R1 = ObjectIdentifier.of("1.2.840.10045.3.1.7");
    /** secp384r1 (P-384), RFC 5480 §2.1.1.1. */
    public static final ObjectIdentifier SECP384R1 = ObjectIdentifier.of("1.3.132.0.34");
    /** secp521r1 (P-521), RFC 5480 §2.1.1.1. */
    public static final ObjectIdentifier SECP521R1 = ObjectIdentifier.of("1.3.132.0.35");
    /** ecdsa-with-SHA1, RFC 3279 §2.2.3. */
    public static final ObjectIdentifier ECDSA_WITH_SHA1 = ObjectIdentifier.of("1.2.840.10045.4.1");
    /** ecdsa-with-SHA256, RFC 5758 §3.2. */
    public static final ObjectIdentifier ECDSA_WITH_SHA256 = ObjectIdentifier.of("1.2.840.10045.4.3.2");
    /** ecdsa-with-SHA384, RFC 5758 §3.2. */
    public static final ObjectIdentifier ECDSA_WITH_SHA384 = ObjectIdentifier.of("1.2.840.10045.4.3.3");
    /** ecdsa-with-SHA512, RFC 5758 §3.2. */
    public static final ObjectIdentifier ECDSA_WITH_SHA512 = ObjectIdentifier.of("1.2.840.10045.4.3.4");

    /** id-X25519, RFC 8410 §3 (a key-agreement key: never a certificate signature key). */
    public static final ObjectIdentifier X25519 = ObjectIdentifier.of("1.3.101.110");
    /** id-X448, RFC 8410 §3. */
    public static final ObjectIdentifier X448 = ObjectIdentifier.of("1.3.101.111");
    /** id-Ed25519, RFC 8410 §3. */
    public static final ObjectIdentifier ED25519 = ObjectIdentifier.of("1.3.101.112");
    /** id-Ed448, RFC 8410 §3. */
    public static final ObjectIdentifier ED448 = ObjectIdentifier.of("1.3.101.113");

    /** id-sha1, RFC 3279 §2.1. */
    public static final ObjectIdentifier SHA1 = ObjectIdentifier.of("1.3.14.3.2.26");
    /** id-sha256, RFC 5758 §2. */
    public static final ObjectIdentifier SHA256 = ObjectIdentifier.of("2.16.840.1.101.3.4.2.1");
    /** id-sha384, RFC 5758 §2. */
    public static final ObjectIdentifier SHA384 = ObjectIdentifier.of("2.16.840.1.101.3.4.2.2");
    /** id-sha512, RFC 5758 §2. */
    public static final ObjectIdentifier SHA512 = ObjectIdentifier.of("2.16.840.1.101.3.4.2.3");

    // --- Name attributes: RFC 5280 Appendix A.1, RFC 4519 ---

    /** id-at-commonName (CN). */
    public static final ObjectIdentifier COMMON_NAME = ObjectIdentifier.of("2.5.4.3");
    /** id-at-surname. */
    public static final ObjectIdentifier SURNAME = ObjectIdentifier.of("2.5.4.4");
    /** id-at-serialNumber. */
    public static final ObjectIdentifier SERIAL_NUMBER = ObjectIdentifier.of("2.5.4.5");
    /** id-at-countryName (C). */
    public static final ObjectIdentifier COUNTRY_NAME = ObjectIdentifier.of("2.5.4.6");
    /** id-at-localityName (L). */
    public static final ObjectIdentifier LOCALITY_NAME = ObjectIdentifier.of("2.5.4.7");
    /** id-at-stateOrProvinceName (ST). */
    public static final ObjectIdentifier STATE_OR_PROVINCE_NAME = ObjectIdentifier.of("2.5.4.8");
    /** streetAddress (STREET), RFC 4519 §2.34. */
    public static final ObjectIdentifier STREET_ADDRESS = ObjectIdentifier.of("2.5.4.9");
    /** id-at-organizationName (O). */
    public static final ObjectIdentifier ORGANIZATION_NAME = ObjectIdentifier.of("2.5.4.10");
    /** id-at-organizationalUnitName (OU). */
    public static final ObjectIdentifier ORGANIZATIONAL_UNIT_NAME = ObjectIdentifier.of("2.5.4.11");
    /** domainComponent (DC), RFC 4519 §2.4. */
    public static final ObjectIdentifier DOMAIN_COMPONENT = ObjectIdentifier.of("0.9.2342.19200300.100.1.25");
    /** userId (UID), RFC 4519 §2.39. */
    public static final ObjectIdentifier USER_ID = ObjectIdentifier.of("0.9.2342.19200300.100.1.1");
    /** id-emailAddress, legacy, RFC 5280 Appendix A.1. */
    public static final ObjectIdentifier EMAIL_ADDRESS = ObjectIdentifier.of("1.2.840.113549.1.9.1");

    // --- Certificate extensions: RFC 5280 §4.2, RFC 6962, RFC 7633 ---

    /** id-ce-subjectKeyIdentifier, RFC 5280 §4.2.1.2. */
    public static final ObjectIdentifier SUBJECT_KEY_IDENTIFIER = ObjectIdentifier.of("2.5.29.14");
    /** id-ce-keyUsage, RFC 5280 §4.2.1.3. */
    public static final ObjectIdentifier KEY_USAGE = ObjectIdentifier.of("2.5.29.15");
    /** id-ce-subjectAltName, RFC 5280 §4.2.1.6. */
    public static final ObjectIdentifier SUBJECT_ALT_NAME = ObjectIdentifier.of("2.5.29.17");
    /** id-ce-issuerAltName, RFC 5280 §4.2.1.7. */
    public static final ObjectIdentifier ISSUER_ALT_NAME = ObjectIdentifier.of("2.5.29.18");
    /** id-ce-basicConstraints, RFC 5280 §4.2.1.9. */
    public static final ObjectIdentifier BASIC_CONSTRAINTS = ObjectIdentifier.of("2.5.29.19");
    /** id-ce-nameConstraints, RFC 5280 §4.2.1.10. */
    public static final ObjectIdentifier NAME_CONSTRAINTS = ObjectIdentifier.of("2.5.29.30");
    /** id-ce-cRLDistributionPoints, RFC 5280 §4.2.1.13. */
    public static final ObjectIdentifier CRL_DISTRIBUTION_POINTS = ObjectIdentifier.of("2.5.29.31");
    /** id-ce-certificatePolicies, RFC 5280 §4.2.1.4. */
    public static final ObjectIdentifier CERTIFICATE_POLICIES = ObjectIdentifier.of("2.5.29.32");
    /** anyPolicy, RFC 5280 §4.2.1.4. */
    public static final ObjectIdentifier ANY_POLICY = ObjectIdentifier.of("2.5.29.32.0");
    /** id-ce-policyMappings, RFC 5280 §4.2.1.5. */
    public static final ObjectIdentifier POLICY_MAPPINGS = ObjectIdentifier.of("2.5.29.33");
    /** id-ce-authorityKeyIdentifier, RFC 5280 §4.2.1.1. */
    public static final ObjectIdentifier AUTHORITY_KEY_IDENTIFIER = ObjectIdentifier.of("2.5.29.35");
    /** id-ce-policyConstraints, RFC 5280 §4.2.1.11. */
    public static final ObjectIdentifier POLICY_CONSTRAINTS = ObjectIdentifier.of("2.5.29.36");
    /** id-ce-extKeyUsage, RFC 5280 §4.2.1.12. */
    public static final ObjectIdentifier EXT_KEY_USAGE = ObjectIdentifier.of("2.5.29.37");
    /** anyExtendedKeyUsage, RFC 5280 §4.2.1.12. */
    public static final ObjectIdentifier ANY_EXTENDED_KEY_USAGE = ObjectIdentifier.of("2.5.29.37.0");
    /** id-ce-inhibitAnyPolicy, RFC 5280 §4.2.1.14. */
    public static final ObjectIdentifier INHIBIT_ANY_POLICY = ObjectIdentifier.of("2.5.29.54");
    /** id-pe-authorityInfoAccess, RFC 5280 §4.2.2.1. */
    public static final ObjectIdentifier AUTHORITY_INFO_ACCESS = ObjectIdentifier.of("1.3.6.1.5.5.7.1.1");
    /** id-pe-tlsfeature, RFC 7633 §6. */
    public static final ObjectIdentifier TLS_FEATURE = ObjectIdentifier.of("1.3.6.1.5.5.7.1.24");
    /** The embedded SCT list extension, RFC 6962 §3.3. */
    public static final ObjectIdentifier SIGNED_CERTIFICATE_TIMESTAMP_LIST = ObjectIdentifier.of("1.3.6.1.4.1.11129.2.4.2");

    // --- Purposes, access methods and qualifiers: RFC 5280 §4.2.1.4, §4.2.1.12, §4.2.2.1 ---

    /** id-kp-serverAuth. */
    public static final ObjectIdentifier KP_SERVER_AUTH = ObjectIdentifier.of("1.3.6.1.5.5.7.3.1");
    /** id-kp-clientAuth. */
    public static final ObjectIdentifier KP_CLIENT_AUTH = ObjectIdentifier.of("1.3.6.1.5.5.7.3.2");
    /** id-kp-codeSigning. */
    public static final ObjectIdentifier KP_CODE_SIGNING = ObjectIdentifier.of("1.3.6.1.5.5.7.3.3");
    /** id-kp-emailProtection. */
    public static final ObjectIdentifier KP_EMAIL_PROTECTION = ObjectIdentifier.of("1.3.6.1.5.5.7.3.4");
    /** id-kp-timeStamping. */
    public static final ObjectIdentifier KP_TIME_STAMPING = ObjectIdentifier.of("1.3.6.1.5.5.7.3.8");
    /** id-kp-OCSPSigning. */
    public static final ObjectIdentifier KP_OCSP_SIGNING = ObjectIdentifier.of("1.3.6.1.5.5.7.3.9");
    /** id-ad-ocsp. */
    public static final ObjectIdentifier AD_OCSP = ObjectIdentifier.of("1.3.6.1.5.5.7.48.1");
    /** id-ad-caIssuers. */
    public static final ObjectIdentifier AD_CA_ISSUERS = ObjectIdentifier.of("1.3.6.1.5.5.7.48.2");
    /** id-qt-cps. */
    public static final ObjectIdentifier QT_CPS = ObjectIdentifier.of("1.3.6.1.5.5.7.2.1");
    /** id-qt-unotice. */
    public static final ObjectIdentifier QT_UNOTICE = ObjectIdentifier.of("1.3.6.1.5.5.7.2.2");
}
