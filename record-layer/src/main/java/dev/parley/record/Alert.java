package dev.parley.record;

import dev.parley.record.wire.Codec;
import java.util.Objects;

/**
 * An alert message (RFC 8446 §6, RFC 5246 §7.2).
 *
 * <pre>
 * struct {
 *     AlertLevel level;
 *     AlertDescription description;
 * } Alert;
 * </pre>
 *
 * <p>Both fields are value records, so alerts with unknown levels or descriptions decode, print
 * and can be judged by {@link AlertRules}.
 *
 * @param level warning or fatal (TLS 1.3 ignores it when receiving)
 * @param description what the alert reports
 */
public record Alert(AlertLevel level, AlertDescription description) {

    /** Encodes and strictly decodes the two bytes of an alert. */
    public static final Codec<Alert> CODEC = new AlertCodec();

    /** Length of an encoded alert; an alert record holds exactly one (RFC 8446 §5.1). */
    public static final int LENGTH = 2;

    /** close_notify at warning level: the orderly end of this side's writing (RFC 8446 §6.1). */
    public static final Alert CLOSE_NOTIFY = new Alert(AlertLevel.WARNING, AlertDescription.CLOSE_NOTIFY);

    /** user_canceled at warning level: the handshake is abandoned on purpose (RFC 8446 §6.1). */
    public static final Alert USER_CANCELED = new Alert(AlertLevel.WARNING, AlertDescription.USER_CANCELED);

    public Alert {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(description, "description");
    }

    /**
     * The alert to send for {@code description}, at the level the RFCs require: closure alerts
     * at warning level, every error alert at fatal level. RFC 8446 §6.2: "All the alerts listed
     * in Section 6.2 MUST be sent with AlertLevel=fatal"; RFC 5246 §7.2.1 sends close_notify as a
     * warning.
     */
    public static Alert toSend(AlertDescription description) {
        return new Alert(description.isClosure() ? AlertLevel.WARNING : AlertLevel.FATAL, description);
    }

    /** Whether this is close_notify or user_canceled, whatever its level (RFC 8446 §6.1). */
    public boolean isClosure() {
        return description.isClosure();
    }

    @Override
    public String toString() {
        return level + " " + description;
    }
}
