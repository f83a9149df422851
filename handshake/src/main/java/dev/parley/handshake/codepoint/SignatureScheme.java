package dev.parley.handshake.codepoint;

import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * SignatureScheme (RFC 8446 §4.2.3, the IANA TLS SignatureScheme registry). A value record, so
 * unknown and GREASE schemes decode, round-trip and print as {@code SignatureScheme(0x1a1a)}.
 *
 * <p>This is the one place where the handshake maps a TLS signature scheme onto crypto: each scheme
 * Parley implements names its {@link SignatureAlgorithm} and the {@link SignatureKey} that may make
 * it. RSASSA-PSS uses MGF1 with the same hash and a salt as long as the hash (RFC 8446 §4.2.3),
 * which is what crypto's RSA_PSS_* algorithms do.
 *
 * @param code the wire value, 0..0xFFFF
 */
public record SignatureScheme(int code) {

    private record Definition(String name, SignatureAlgorithm algorithm, SignatureKey key) {
    }

    private static final Map<Integer, Definition> DEFINITIONS = new HashMap<>();

    public static final SignatureScheme RSA_PKCS1_SHA256 =
            define(0x0401, "rsa_pkcs1_sha256", SignatureAlgorithm.RSA_PKCS1_SHA256, SignatureKey.RSA_ENCRYPTION);
    public static final SignatureScheme RSA_PKCS1_SHA384 =
            define(0x0501, "rsa_pkcs1_sha384", SignatureAlgorithm.RSA_PKCS1_SHA384, SignatureKey.RSA_ENCRYPTION);
    public static final SignatureScheme RSA_PKCS1_SHA512 =
            define(0x0601, "rsa_pkcs1_sha512", SignatureAlgorithm.RSA_PKCS1_SHA512, SignatureKey.RSA_ENCRYPTION);

    public static final SignatureScheme ECDSA_SECP256R1_SHA256 =
            define(0x0403, "ecdsa_secp256r1_sha256", SignatureAlgorithm.ECDSA_SHA256, SignatureKey.EC_SECP256R1);
    public static final SignatureScheme ECDSA_SECP384R1_SHA384 =
            define(0x0503, "ecdsa_secp384r1_sha384", SignatureAlgorithm.ECDSA_SHA384, SignatureKey.EC_SECP384R1);
    public static final SignatureScheme ECDSA_SECP521R1_SHA512 =
            define(0x0603, "ecdsa_secp521r1_sha512", SignatureAlgorithm.ECDSA_SHA512, SignatureKey.EC_SECP521R1);

    public static final SignatureScheme RSA_PSS_RSAE_SHA256 =
            define(0x0804, "rsa_pss_rsae_sha256", SignatureAlgorithm.RSA_PSS_SHA256, SignatureKey.RSA_ENCRYPTION);
    public static final SignatureScheme RSA_PSS_RSAE_SHA384 =
            define(0x0805, "rsa_pss_rsae_sha384", SignatureAlgorithm.RSA_PSS_SHA384, SignatureKey.RSA_ENCRYPTION);
    public static final SignatureScheme RSA_PSS_RSAE_SHA512 =
            define(0x0806, "rsa_pss_rsae_sha512", SignatureAlgorithm.RSA_PSS_SHA512, SignatureKey.RSA_ENCRYPTION);

    public static final SignatureScheme ED25519 =
            define(0x0807, "ed25519", SignatureAlgorithm.ED25519, SignatureKey.ED25519);
    public static final SignatureScheme ED448 =
            define(0x0808, "ed448", SignatureAlgorithm.ED448, SignatureKey.ED448);

    public static final SignatureScheme RSA_PSS_PSS_SHA256 =
            define(0x0809, "rsa_pss_pss_sha256", SignatureAlgorithm.RSA_PSS_SHA256, SignatureKey.RSASSA_PSS);
    public static final SignatureScheme RSA_PSS_PSS_SHA384 =
            define(0x080A, "rsa_pss_pss_sha384", SignatureAlgorithm.RSA_PSS_SHA384, SignatureKey.RSASSA_PSS);
    public static final SignatureScheme RSA_PSS_PSS_SHA512 =
            define(0x080B, "rsa_pss_pss_sha512", SignatureAlgorithm.RSA_PSS_SHA512, SignatureKey.RSASSA_PSS);

    /** Legacy: in TLS 1.3 only for signatures in certificates, never in CertificateVerify (RFC 8446 §4.2.3). */
    public static final SignatureScheme RSA_PKCS1_SHA1 =
            define(0x0201, "rsa_pkcs1_sha1", SignatureAlgorithm.RSA_PKCS1_SHA1, SignatureKey.RSA_ENCRYPTION);
    /** Legacy: in TLS 1.3 only for signatures in certificates, never in CertificateVerify (RFC 8446 §4.2.3). */
    public static final SignatureScheme ECDSA_SHA1 =
            define(0x0203, "ecdsa_sha1", SignatureAlgorithm.ECDSA_SHA1, SignatureKey.EC_ANY_CURVE);

    /** Reads and writes the two-byte scheme. */
    public static final Codec<SignatureScheme> CODEC = new Codec<>() {
        @Override
        public void encode(SignatureScheme value, WireWriter out) {
            out.u16(value.code);
        }

        @Override
        public SignatureScheme decode(WireReader in) throws DecodeFailure {
            return new SignatureScheme(in.u16());
        }
    };

    public SignatureScheme {
        if (code < 0 || code > 0xFFFF) {
            throw new IllegalArgumentException("SignatureScheme out of range: " + code);
        }
    }

    private static SignatureScheme define(int code, String name, SignatureAlgorithm algorithm, SignatureKey key) {
        DEFINITIONS.put(code, new Definition(name, algorithm, key));
        return new SignatureScheme(code);
    }

    private Optional<Definition> definition() {
        return Optional.ofNullable(DEFINITIONS.get(code));
    }

    /** The registry name, if Parley knows this value. */
    public Optional<String> registeredName() {
        return definition().map(Definition::name);
    }

    /** The crypto algorithm that makes and checks signatures of this scheme. */
    public Optional<SignatureAlgorithm> signatureAlgorithm() {
        return definition().map(Definition::algorithm);
    }

    /** The key this scheme may be made with in TLS 1.3. */
    public Optional<SignatureKey> signatureKey() {
        return definition().map(Definition::key);
    }

    /** Whether this scheme is one of the legacy SHA-1 schemes (RFC 8446 §4.2.3). */
    public boolean isLegacy() {
        return equals(RSA_PKCS1_SHA1) || equals(ECDSA_SHA1);
    }

    /** Whether this is a GREASE value (RFC 8701 §2). */
    public boolean isGrease() {
        return Grease.isGrease(code);
    }

    /** The registry name, or {@code SignatureScheme(0x1a1a)} for a value Parley does not know. */
    @Override
    public String toString() {
        return registeredName().orElseGet(() -> String.format("SignatureScheme(0x%04x)", code));
    }
}
