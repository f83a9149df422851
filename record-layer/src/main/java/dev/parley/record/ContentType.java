package dev.parley.record;

import java.util.Map;
import java.util.Optional;

/**
 * ContentType of a TLS record (RFC 8446 §5.1, RFC 5246 §6.2.1, RFC 6520 for heartbeat).
 * A value record, so unknown types decode and print as {@code ContentType(n)}.
 *
 * @param code the wire value, 0..255
 */
public record ContentType(int code) {

    public static final ContentType INVALID = new ContentType(0);
    public static final ContentType CHANGE_CIPHER_SPEC = new ContentType(20);
    public static final ContentType ALERT = new ContentType(21);
    public static final ContentType HANDSHAKE = new ContentType(22);
    public static final ContentType APPLICATION_DATA = new ContentType(23);
    public static final ContentType HEARTBEAT = new ContentType(24);

    private static final Map<Integer, String> NAMES = Map.of(
            0, "invalid", 20, "change_cipher_spec", 21, "alert", 22, "handshake",
            23, "application_data", 24, "heartbeat");

    public ContentType {
        if (code < 0 || code > 0xFF) {
            throw new IllegalArgumentException("ContentType out of range: " + code);
        }
    }

    /** The registry name, if this value is registered. */
    public Optional<String> registeredName() {
        return Optional.ofNullable(NAMES.get(code));
    }

    @Override
    public String toString() {
        return registeredName().orElse("ContentType(" + code + ")");
    }
}
