package dev.parley.record;

import java.util.Map;

/**
 * AlertLevel (RFC 8446 §6, RFC 5246 §7.2). A value record, so unknown levels decode and print.
 *
 * @param code the wire value, 0..255
 */
public record AlertLevel(int code) {

    public static final AlertLevel WARNING = new AlertLevel(1);
    public static final AlertLevel FATAL = new AlertLevel(2);

    private static final Map<Integer, String> NAMES = Map.of(1, "warning", 2, "fatal");

    public AlertLevel {
        if (code < 0 || code > 0xFF) {
            throw new IllegalArgumentException("AlertLevel out of range: " + code);
        }
    }

    /** The registry name ({@code warning}, {@code fatal}) or {@code AlertLevel(n)}. */
    @Override
    public String toString() {
        return NAMES.getOrDefault(code, "AlertLevel(" + code + ")");
    }
}
