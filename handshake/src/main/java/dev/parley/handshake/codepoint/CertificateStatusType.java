package dev.parley.handshake.codepoint;

import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CertificateStatusType (RFC 6066 §8, RFC 6961 §2.2): the kind of certificate status a client asks
 * for and a server staples. A value record, so unknown types decode, round-trip and print.
 *
 * @param code the wire value, 0..255
 */
public record CertificateStatusType(int code) {

    private static final Map<Integer, String> NAMES = new HashMap<>();

    /** An OCSP response (RFC 6066 §8, RFC 6960). */
    public static final CertificateStatusType OCSP = define(1, "ocsp");
    /** Reserved: status_request_v2 only (RFC 6961 §2.2); never valid in TLS 1.3 (RFC 8446 §4.4.2.1). */
    public static final CertificateStatusType OCSP_MULTI_RESERVED = define(2, "ocsp_multi_RESERVED");

    /** Reads and writes the one-byte value. */
    public static final Codec<CertificateStatusType> CODEC = new Codec<>() {
        @Override
        public void encode(CertificateStatusType value, WireWriter out) {
            out.u8(value.code);
        }

        @Override
        public CertificateStatusType decode(WireReader in) throws DecodeFailure {
            return new CertificateStatusType(in.u8());
        }
    };

    public CertificateStatusType {
        if (code < 0 || code > 0xFF) {
            throw new IllegalArgumentException("CertificateStatusType out of range: " + code);
        }
    }

    private static CertificateStatusType define(int code, String name) {
        NAMES.put(code, name);
        return new CertificateStatusType(code);
    }

    /** The registry name, if this value is registered. */
    public Optional<String> registeredName() {
        return Optional.ofNullable(NAMES.get(code));
    }

    /** The registry name, or {@code CertificateStatusType(n)} for an unregistered value. */
    @Override
    public String toString() {
        return registeredName().orElse("CertificateStatusType(" + code + ")");
    }
}
