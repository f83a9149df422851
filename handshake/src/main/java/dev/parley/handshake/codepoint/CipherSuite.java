package dev.parley.handshake.codepoint;

import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.KeyType;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CipherSuite (RFC 8446 §4.1.2 and Appendix B.4, RFC 5246 §7.4.1.2, the IANA TLS Cipher Suites
 * registry). A value record, so unknown and GREASE suites decode, round-trip and print.
 *
 * <p>The suites Parley implements carry their AEAD and hash here, the one place where a TLS suite
 * is mapped onto crypto algorithms: TLS 1.3 suites name only those two (RFC 8446 §B.4); the
 * TLS 1.2 suites are ECDHE AEAD suites whose hash is the PRF hash (RFC 5289 §3, RFC 7905 §2) and
 * whose name fixes the key type that authenticates the server.
 *
 * @param code the wire value, 0..0xFFFF
 */
public record CipherSuite(int code) {

    /** What Parley knows about a registered suite. */
    private record Definition(String name, AeadAlgorithm aead, HashAlgorithm hash, boolean tls13,
                              KeyType tls12Authentication) {
    }

    private static final Map<Integer, Definition> DEFINITIONS = new HashMap<>();

    public static final CipherSuite TLS_AES_128_GCM_SHA256 =
            tls13(0x1301, "TLS_AES_128_GCM_SHA256", AeadAlgorithm.AES_128_GCM, HashAlgorithm.SHA256);
    public static final CipherSuite TLS_AES_256_GCM_SHA384 =
            tls13(0x1302, "TLS_AES_256_GCM_SHA384", AeadAlgorithm.AES_256_GCM, HashAlgorithm.SHA384);
    public static final CipherSuite TLS_CHACHA20_POLY1305_SHA256 =
            tls13(0x1303, "TLS_CHACHA20_POLY1305_SHA256", AeadAlgorithm.CHACHA20_POLY1305, HashAlgorithm.SHA256);

    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256 = tls12(0xC02B,
            "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", AeadAlgorithm.AES_128_GCM, HashAlgorithm.SHA256, KeyType.EC);
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384 = tls12(0xC02C,
            "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", AeadAlgorithm.AES_256_GCM, HashAlgorithm.SHA384, KeyType.EC);
    public static final CipherSuite TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 = tls12(0xC02F,
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", AeadAlgorithm.AES_128_GCM, HashAlgorithm.SHA256, KeyType.RSA);
    public static final CipherSuite TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 = tls12(0xC030,
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", AeadAlgorithm.AES_256_GCM, HashAlgorithm.SHA384, KeyType.RSA);
    public static final CipherSuite TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256 = tls12(0xCCA8,
            "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", AeadAlgorithm.CHACHA20_POLY1305, HashAlgorithm.SHA256,
            KeyType.RSA);
    public static final CipherSuite TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256 = tls12(0xCCA9,
            "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", AeadAlgorithm.CHACHA20_POLY1305, HashAlgorithm.SHA256,
            KeyType.EC);

    /** Signals secure renegotiation support in a ClientHello (RFC 5746 §3.3); not a real suite. */
    public static final CipherSuite TLS_EMPTY_RENEGOTIATION_INFO_SCSV = signal(0x00FF, "TLS_EMPTY_RENEGOTIATION_INFO_SCSV");
    /** Signals a version fallback retry (RFC 7507 §2); not a real suite. */
    public static final CipherSuite TLS_FALLBACK_SCSV = signal(0x5600, "TLS_FALLBACK_SCSV");

    /** Reads and writes the two-byte suite. */
    public static final Codec<CipherSuite> CODEC = new Codec<>() {
        @Override
        public void encode(CipherSuite value, WireWriter out) {
            out.u16(value.code);
        }

        @Override
        public CipherSuite decode(WireReader in) throws DecodeFailure {
            return new CipherSuite(in.u16());
        }
    };

    public CipherSuite {
        if (code < 0 || code > 0xFFFF) {
            throw new IllegalArgumentException("CipherSuite out of range: " + code);
        }
    }

    private static CipherSuite tls13(int code, String name, AeadAlgorithm aead, HashAlgorithm hash) {
        DEFINITIONS.put(code, new Definition(name, aead, hash, true, null));
        return new CipherSuite(code);
    }

    private static CipherSuite tls12(int code, String name, AeadAlgorithm aead, HashAlgorithm hash,
                                     KeyType authentication) {
        DEFINITIONS.put(code, new Definition(name, aead, hash, false, authentication));
        return new CipherSuite(code);
    }

    private static CipherSuite signal(int code, String name) {
        DEFINITIONS.put(code, new Definition(name, null, null, false, null));
        return new CipherSuite(code);
    }

    private Optional<Definition> definition() {
        return Optional.ofNullable(DEFINITIONS.get(code));
    }

    /** The registry name, if Parley knows this value. */
    public Optional<String> registeredName() {
        return definition().map(Definition::name);
    }

    /** The record protection algorithm, for the suites Parley implements. */
    public Optional<AeadAlgorithm> aead() {
        return definition().map(Definition::aead);
    }

    /** The hash of the key schedule (TLS 1.3) or the PRF (TLS 1.2), for the suites Parley implements. */
    public Optional<HashAlgorithm> hash() {
        return definition().map(Definition::hash);
    }

    /** Whether this is one of the TLS 1.3 suites (RFC 8446 §B.4). */
    public boolean isTls13() {
        return definition().map(Definition::tls13).orElse(false);
    }

    /**
     * For the TLS 1.2 ECDHE suites, the key type the server authenticates with: ECDSA suites need
     * an EC key, RSA suites an RSA key (RFC 8422 §2, RFC 5289 §3).
     */
    public Optional<KeyType> tls12Authentication() {
        return definition().map(Definition::tls12Authentication);
    }

    /** Whether this is a signaling value rather than a suite (RFC 5746 §3.3, RFC 7507 §2). */
    public boolean isSignalingValue() {
        return equals(TLS_EMPTY_RENEGOTIATION_INFO_SCSV) || equals(TLS_FALLBACK_SCSV);
    }

    /** Whether this is a GREASE value (RFC 8701 §2). */
    public boolean isGrease() {
        return Grease.isGrease(code);
    }

    /** The registry name, or {@code CipherSuite(0x1a1a)} for a value Parley does not know. */
    @Override
    public String toString() {
        return registeredName().orElseGet(() -> String.format("CipherSuite(0x%04x)", code));
    }
}
