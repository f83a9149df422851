package dev.parley.x509;

/**
 * Why the x509 module refused its input: one constant per distinct failure.
 *
 * <p>The module knows nothing of TLS, so these carry no alert. The handshake maps each reason onto
 * the alert it earns there in one exhaustive switch (a malformed certificate is {@code bad_certificate},
 * an unsupported algorithm {@code unsupported_certificate}, and so on). Names say what the input did
 * wrong, so that a log line reads as a diagnosis.
 */
public enum X509Failure {

    // --- DER syntax (ITU-T X.690 §8 and the DER restrictions of §10 and §11) ---

    /** The input ended inside an element, or before an element the structure requires. */
    TRUNCATED,
    /** Bytes follow the end of a structure that must end there. */
    TRAILING_DATA,
    /** A tag uses the high-tag-number form where the low form fits, or is otherwise malformed. */
    MALFORMED_TAG,
    /** The indefinite length form (0x80), which BER allows and DER forbids (X.690 §10.1). */
    INDEFINITE_LENGTH,
    /** A length in a longer form than needed (X.690 §10.1). */
    NON_MINIMAL_LENGTH,
    /** A length field too long for this parser or larger than the input that holds it. */
    LENGTH_OUT_OF_RANGE,
    /** The whole input is larger than the bound the caller set. */
    INPUT_TOO_LARGE,
    /** Constructed elements nested deeper than the reader allows. */
    NESTING_TOO_DEEP,
    /** An element has a tag the structure does not allow at this place. */
    UNEXPECTED_TAG,
    /** An INTEGER with redundant leading octets, or an empty one (X.690 §8.3.2). */
    NON_MINIMAL_INTEGER,
    /** An INTEGER or ENUMERATED whose value lies outside what the field allows. */
    INTEGER_OUT_OF_RANGE,
    /** A BOOLEAN that is not one octet of 0x00 or 0xFF (X.690 §8.2.2, §11.1). */
    INVALID_BOOLEAN,
    /** A NULL with content (X.690 §8.8.2). */
    INVALID_NULL,
    /** A BIT STRING with more than 7 unused bits or non-zero padding (X.690 §8.6.2, §11.2). */
    INVALID_BIT_STRING,
    /** An OBJECT IDENTIFIER that is empty, truncated or has non-minimal subidentifiers (X.690 §8.19). */
    INVALID_OBJECT_IDENTIFIER,
    /** A UTCTime or GeneralizedTime outside the forms RFC 5280 §4.1.2.5 allows, or not a real date. */
    INVALID_TIME,
    /** A character string whose octets its type does not allow (X.680 §41, §43). */
    INVALID_STRING,
    /** A field with a DEFAULT value was encoded although it holds that value (X.690 §11.5). */
    DEFAULT_VALUE_ENCODED,
    /** The elements of a SET OF are not in ascending order of their encodings (X.690 §11.6). */
    SET_NOT_SORTED,
    /** A SEQUENCE OF or SET OF that must have at least one element is empty. */
    EMPTY_SEQUENCE,

    // --- Certificates (RFC 5280 §4.1) ---

    /** The version is not v1, v2 or v3 (RFC 5280 §4.1.2.1). */
    UNSUPPORTED_VERSION,
    /** A field that the certificate's version does not allow (RFC 5280 §4.1.2.8, §4.1.2.9). */
    FIELD_NOT_ALLOWED_IN_VERSION,
    /** A negative serial number (RFC 5280 §4.1.2.2). */
    NEGATIVE_SERIAL_NUMBER,
    /** The outer signatureAlgorithm differs from the TBSCertificate's signature (RFC 5280 §4.1.1.2). */
    SIGNATURE_ALGORITHM_MISMATCH,
    /** A Name whose structure is wrong, such as an empty RelativeDistinguishedName (RFC 5280 §4.1.2.4). */
    INVALID_NAME,
    /** An extension appears twice (RFC 5280 §4.2). */
    DUPLICATE_EXTENSION,
    /** An extension whose value does not follow its syntax (RFC 5280 §4.2.1, §4.2.2). */
    MALFORMED_EXTENSION,
    /** A GeneralName that breaks its form's rules, such as a 5-octet iPAddress (RFC 5280 §4.2.1.6). */
    INVALID_GENERAL_NAME,

    // --- Algorithms and keys ---

    /** AlgorithmIdentifier parameters that the algorithm does not allow (RFC 4055, RFC 5480, RFC 8410). */
    INVALID_ALGORITHM_PARAMETERS,
    /** A public key that is malformed for its algorithm (RFC 3279 §2.3, RFC 5480 §2.2, RFC 8410 §4). */
    INVALID_PUBLIC_KEY,
    /** A private key structure that is malformed (RFC 5958, RFC 8017 A.1.2, RFC 5915, RFC 8410 §7). */
    INVALID_PRIVATE_KEY,
    /** A key algorithm, curve or signature algorithm Parley does not implement. */
    UNSUPPORTED_ALGORITHM,
    /** An encrypted private key or PKCS #12 file, read without a password to open it. */
    ENCRYPTED_PRIVATE_KEY,
    /** A key file that holds no private key, or more than one. */
    NO_SINGLE_PRIVATE_KEY,
    /**
     * An encrypted key that does not decrypt to a well-formed key: a wrong password or a corrupted
     * file, which Parley on purpose does not tell apart (RFC 8018 §6.2.2 step 5).
     */
    WRONG_PASSWORD,
    /**
     * A PKCS #12 file whose integrity MAC does not verify, which means a wrong password or a modified
     * file, or that carries no MAC at all (RFC 7292 §4, §5).
     */
    INTEGRITY_CHECK_FAILED,
    /** A private key that does not belong to the certificate it was given with. */
    KEY_CERTIFICATE_MISMATCH,

    // --- PEM (RFC 7468) and file content ---

    /** A PEM block without its end line, with mismatched labels or with invalid Base64 (RFC 7468 §2–§3). */
    MALFORMED_PEM,
    /** A PEM label whose content Parley does not read, such as OpenSSL's TRUSTED CERTIFICATE. */
    UNSUPPORTED_PEM_LABEL,
    /** Content that is neither PEM nor a DER structure this module recognises. */
    UNRECOGNIZED_CONTENT
}
