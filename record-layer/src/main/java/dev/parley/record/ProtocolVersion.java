package dev.parley.record;

import java.util.Map;

/**
 * ProtocolVersion (RFC 8446 §4.1.2 and §5.1): the two-byte version number of records, of
 * legacy_version and of supported_versions. A value record, so GREASE values and versions Parley
 * does not implement decode, round-trip and print.
 *
 * @param code the wire value, 0..0xFFFF
 */
public record ProtocolVersion(int code) {

    public static final ProtocolVersion SSL3 = new ProtocolVersion(0x0300);
    public static final ProtocolVersion TLS10 = new ProtocolVersion(0x0301);
    public static final ProtocolVersion TLS11 = new ProtocolVersion(0x0302);
    public static final ProtocolVersion TLS12 = new ProtocolVersion(0x0303);
    public static final ProtocolVersion TLS13 = new ProtocolVersion(0x0304);

    private static final Map<Integer, String> NAMES = Map.of(
            0x0300, "SSLv3", 0x0301, "TLSv1", 0x0302, "TLSv1.1", 0x0303, "TLSv1.2", 0x0304, "TLSv1.3");

    public ProtocolVersion {
        if (code < 0 || code > 0xFFFF) {
            throw new IllegalArgumentException("ProtocolVersion out of range: " + code);
        }
    }

    /** The major byte (3 for every SSL 3.0 and TLS version). */
    public int major() {
        return code >>> 8;
    }

    /** The minor byte. */
    public int minor() {
        return code & 0xFF;
    }

    /** OpenSSL-style name ({@code TLSv1.3}), or {@code ProtocolVersion(0x7f1c)} when unknown. */
    @Override
    public String toString() {
        String name = NAMES.get(code);
        return name != null ? name : String.format("ProtocolVersion(0x%04x)", code);
    }
}
