package dev.parley.x509.key;

import dev.parley.x509.der.ObjectIdentifier;

/**
 * The object identifiers of password-based encryption, named after their ASN.1 names, with the
 * document that assigns each. A constant table beside {@link dev.parley.x509.Oids}, kept here
 * because only encrypted keys and PKCS #12 files use it.
 */
public final class EncryptionOids {

    private EncryptionOids() {
    }

    // --- PKCS #5: RFC 8018 Appendix A and B ---

    /** id-PBKDF2, RFC 8018 Appendix A.2. */
    public static final ObjectIdentifier PBKDF2 = ObjectIdentifier.of("1.2.840.113549.1.5.12");
    /** id-PBES2, RFC 8018 Appendix A.4. */
    public static final ObjectIdentifier PBES2 = ObjectIdentifier.of("1.2.840.113549.1.5.13");
    /** id-PBMAC1, RFC 8018 Appendix A.5 (recognised to be refused with a clear message). */
    public static final ObjectIdentifier PBMAC1 = ObjectIdentifier.of("1.2.840.113549.1.5.14");
    /** id-hmacWithSHA1, RFC 8018 Appendix B.1.1: PBKDF2's default pseudorandom function. */
    public static final ObjectIdentifier HMAC_WITH_SHA1 = ObjectIdentifier.of("1.2.840.113549.2.7");
    /** id-hmacWithSHA224, RFC 8018 Appendix B.1.2 (recognised to be refused: crypto has no SHA-224). */
    public static final ObjectIdentifier HMAC_WITH_SHA224 = ObjectIdentifier.of("1.2.840.113549.2.8");
    /** id-hmacWithSHA256, RFC 8018 Appendix B.1.2. */
    public static final ObjectIdentifier HMAC_WITH_SHA256 = ObjectIdentifier.of("1.2.840.113549.2.9");
    /** id-hmacWithSHA384, RFC 8018 Appendix B.1.2. */
    public static final ObjectIdentifier HMAC_WITH_SHA384 = ObjectIdentifier.of("1.2.840.113549.2.10");
    /** id-hmacWithSHA512, RFC 8018 Appendix B.1.2. */
    public static final ObjectIdentifier HMAC_WITH_SHA512 = ObjectIdentifier.of("1.2.840.113549.2.11");
    /** des-EDE3-CBC, RFC 8018 Appendix B.2.2. */
    public static final ObjectIdentifier DES_EDE3_CBC = ObjectIdentifier.of("1.2.840.113549.3.7");
    /** aes128-CBC-Pad, RFC 8018 Appendix B.2.5. */
    public static final ObjectIdentifier AES128_CBC = ObjectIdentifier.of("2.16.840.1.101.3.4.1.2");
    /** aes192-CBC-Pad, RFC 8018 Appendix B.2.5. */
    public static final ObjectIdentifier AES192_CBC = ObjectIdentifier.of("2.16.840.1.101.3.4.1.22");
    /** aes256-CBC-Pad, RFC 8018 Appendix B.2.5. */
    public static final ObjectIdentifier AES256_CBC = ObjectIdentifier.of("2.16.840.1.101.3.4.1.42");

    // --- PKCS #12 password-based encryption: RFC 7292 Appendix C ---

    /** pbeWithSHAAnd3-KeyTripleDES-CBC. */
    public static final ObjectIdentifier PBE_WITH_SHA_AND_3KEY_TRIPLE_DES_CBC = ObjectIdentifier.of("1.2.840.113549.1.12.1.3");
    /** pbeWithSHAAnd128BitRC2-CBC. */
    public static final ObjectIdentifier PBE_WITH_SHA_AND_128BIT_RC2_CBC = ObjectIdentifier.of("1.2.840.113549.1.12.1.5");
    /** pbewithSHAAnd40BitRC2-CBC. */
    public static final ObjectIdentifier PBE_WITH_SHA_AND_40BIT_RC2_CBC = ObjectIdentifier.of("1.2.840.113549.1.12.1.6");
}
