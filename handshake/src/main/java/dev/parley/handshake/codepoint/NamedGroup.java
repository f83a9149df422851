package dev.parley.handshake.codepoint;

import dev.parley.crypto.KeyAgreementAlgorithm;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * NamedGroup (RFC 8446 §4.2.7, RFC 7919 §2, the IANA TLS Supported Groups registry). A value
 * record, so unknown and GREASE groups decode, round-trip and print as {@code NamedGroup(0x1a1a)}.
 *
 * <p>The groups the crypto provider implements map onto a {@link KeyAgreementAlgorithm} here, the
 * one place where TLS group code points meet crypto algorithms. ffdhe6144, ffdhe8192 and
 * X25519MLKEM768 are known by name but have no algorithm yet.
 *
 * @param code the wire value, 0..0xFFFF
 */
public record NamedGroup(int code) {

    private record Definition(String name, KeyAgreementAlgorithm algorithm) {
    }

    private static final Map<Integer, Definition> DEFINITIONS = new HashMap<>();

    public static final NamedGroup SECP256R1 = define(0x0017, "secp256r1", KeyAgreementAlgorithm.SECP256R1);
    public static final NamedGroup SECP384R1 = define(0x0018, "secp384r1", KeyAgreementAlgorithm.SECP384R1);
    public static final NamedGroup SECP521R1 = define(0x0019, "secp521r1", KeyAgreementAlgorithm.SECP521R1);
    public static final NamedGroup X25519 = define(0x001D, "x25519", KeyAgreementAlgorithm.X25519);
    public static final NamedGroup X448 = define(0x001E, "x448", KeyAgreementAlgorithm.X448);
    public static final NamedGroup FFDHE2048 = define(0x0100, "ffdhe2048", KeyAgreementAlgorithm.FFDHE2048);
    public static final NamedGroup FFDHE3072 = define(0x0101, "ffdhe3072", KeyAgreementAlgorithm.FFDHE3072);
    public static final NamedGroup FFDHE4096 = define(0x0102, "ffdhe4096", KeyAgreementAlgorithm.FFDHE4096);
    public static final NamedGroup FFDHE6144 = define(0x0103, "ffdhe6144", null);
    public static final NamedGroup FFDHE8192 = define(0x0104, "ffdhe8192", null);
    /** The hybrid of X25519 and ML-KEM-768 (draft-ietf-tls-ecdhe-mlkem, IANA 4588). */
    public static final NamedGroup X25519MLKEM768 = define(0x11EC, "X25519MLKEM768", null);

    /** Reads and writes the two-byte group. */
    public static final Codec<NamedGroup> CODEC = new Codec<>() {
        @Override
        public void encode(NamedGroup value, WireWriter out) {
            out.u16(value.code);
        }

        @Override
        public NamedGroup decode(WireReader in) throws DecodeFailure {
            return new NamedGroup(in.u16());
        }
    };

    public NamedGroup {
        if (code < 0 || code > 0xFFFF) {
            throw new IllegalArgumentException("NamedGroup out of range: " + code);
        }
    }

    private static NamedGroup define(int code, String name, KeyAgreementAlgorithm algorithm) {
        DEFINITIONS.put(code, new Definition(name, algorithm));
        return new NamedGroup(code);
    }

    /** The registry name, if Parley knows this value. */
    public Optional<String> registeredName() {
        return Optional.ofNullable(DEFINITIONS.get(code)).map(Definition::name);
    }

    /** The key agreement the crypto provider runs for this group, if it implements one. */
    public Optional<KeyAgreementAlgorithm> keyAgreement() {
        return Optional.ofNullable(DEFINITIONS.get(code)).map(Definition::algorithm);
    }

    /** Whether this is a finite-field group, 0x0100..0x01FF (RFC 7919 §3, RFC 8446 §4.2.7). */
    public boolean isFiniteField() {
        return code >= 0x0100 && code <= 0x01FF;
    }

    /** Whether this is a GREASE value (RFC 8701 §2). */
    public boolean isGrease() {
        return Grease.isGrease(code);
    }

    /** The registry name, or {@code NamedGroup(0x1a1a)} for a value Parley does not know. */
    @Override
    public String toString() {
        return registeredName().orElseGet(() -> String.format("NamedGroup(0x%04x)", code));
    }
}
