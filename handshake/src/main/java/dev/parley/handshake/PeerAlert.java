package dev.parley.handshake;

import dev.parley.record.Alert;
import dev.parley.record.AlertDescription;
import dev.parley.record.AlertLevel;

/**
 * An alert the peer sent (RFC 8446 §6). Kept as received, never turned into one of our own
 * failure reasons: it says what the peer thinks went wrong.
 *
 * @param level the level as sent
 * @param description the description as sent
 */
public record PeerAlert(AlertLevel level, AlertDescription description) {

    /** The alert as a record carried it. */
    public static PeerAlert of(Alert alert) {
        return new PeerAlert(alert.level(), alert.description());
    }

    @Override
    public String toString() {
        return description + " (" + level + ")";
    }
}
