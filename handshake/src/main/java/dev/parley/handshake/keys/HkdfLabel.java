package dev.parley.handshake.keys;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.Hkdf;
import dev.parley.record.TlsException;
import dev.parley.record.wire.Codec;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The HkdfLabel structure and HKDF-Expand-Label (RFC 8446 §7.1):
 *
 * <pre>
 * HKDF-Expand-Label(Secret, Label, Context, Length) = HKDF-Expand(Secret, HkdfLabel, Length)
 *
 * struct {
 *     uint16 length = Length;
 *     opaque label&lt;7..255&gt; = "tls13 " + Label;
 *     opaque context&lt;0..255&gt; = Context;
 * } HkdfLabel;
 * </pre>
 *
 * <p>The record holds the fields as they go on the wire: {@code label} already carries the
 * "tls13 " prefix. Its constructor checks only for null, so tests can build and encode values that
 * break the bounds; {@link #of} and {@link #expand} enforce them.
 *
 * @param length  the number of bytes HKDF-Expand is to produce
 * @param label   "tls13 " followed by the label, 7..255 bytes
 * @param context the context (usually a transcript hash), 0..255 bytes
 */
public record HkdfLabel(int length, Bytes label, Bytes context) {

    /** The prefix every TLS 1.3 label carries (RFC 8446 §7.1). */
    public static final String PREFIX = "tls13 ";

    /** Shortest label on the wire: the prefix and at least one byte (RFC 8446 §7.1). */
    public static final int MIN_LABEL_LENGTH = 7;
    /** Longest label on the wire (RFC 8446 §7.1). */
    public static final int MAX_LABEL_LENGTH = 255;
    /** Longest context (RFC 8446 §7.1). */
    public static final int MAX_CONTEXT_LENGTH = 255;
    /** Largest {@code length}: the field is a uint16. */
    public static final int MAX_LENGTH = 0xFFFF;

    /** Wire codec of the structure. */
    public static final Codec<HkdfLabel> CODEC = new HkdfLabelCodec();

    private static final byte[] PREFIX_BYTES = PREFIX.getBytes(StandardCharsets.US_ASCII);

    public HkdfLabel {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(context, "context");
    }

    /**
     * The HkdfLabel for {@code label} (without the prefix, ASCII as every TLS label is).
     *
     * @throws TlsException {@link KeyScheduleFailure#HKDF_LABEL_OUT_OF_RANGE} when the label is
     *         empty, not ASCII or too long, the context is longer than 255 bytes, or the length is
     *         not a uint16
     */
    public static HkdfLabel of(int length, String label, Bytes context) throws TlsException {
        // RFC 8446 §7.1: uint16 length.
        if (length < 0 || length > MAX_LENGTH) {
            throw outOfRange("length " + length + " is not a uint16");
        }
        // RFC 8446 §7.1: opaque context<0..255>.
        if (context.length() > MAX_CONTEXT_LENGTH) {
            throw outOfRange("context of " + context.length() + " bytes exceeds " + MAX_CONTEXT_LENGTH);
        }
        return new HkdfLabel(length, prefixed(label), context);
    }

    /**
     * HKDF-Expand-Label(secret, label, context, length) over the hash of {@code hkdf}.
     *
     * @throws TlsException {@link KeyScheduleFailure#HKDF_LABEL_OUT_OF_RANGE} for a field outside
     *         its bounds or a length beyond HKDF's 255 * Hash.length (RFC 5869 §2.3);
     *         {@link KeyScheduleFailure#SECRET_DESTROYED} if the secret was destroyed
     */
    public static byte[] expand(Hkdf hkdf, Secret secret, String label, Bytes context, int length)
            throws TlsException {
        HkdfLabel info = of(length, label, context);
        // RFC 5869 §2.3: L <= 255 * HashLen.
        int limit = 255 * hkdf.algorithm().outputLength();
        if (length > limit) {
            throw outOfRange("length " + length + " exceeds 255 * Hash.length = " + limit);
        }
        return hkdf.expand(secret.bytes(), CODEC.encode(info), length);
    }

    /** The same as {@link #expand}, held as a {@link Secret}. */
    static Secret expandSecret(Hkdf hkdf, Secret secret, String label, Bytes context, int length)
            throws TlsException {
        return Secret.wrap(expand(hkdf, secret, label, context, length));
    }

    /** Whether {@code label} begins with the "tls13 " prefix; the codec insists on it. */
    static boolean hasPrefix(Bytes label) {
        if (label.length() < PREFIX_BYTES.length) {
            return false;
        }
        for (int i = 0; i < PREFIX_BYTES.length; i++) {
            if (label.get(i) != PREFIX_BYTES[i]) {
                return false;
            }
        }
        return true;
    }

    private static Bytes prefixed(String label) throws TlsException {
        String full = PREFIX + label;
        for (int i = 0; i < full.length(); i++) {
            // RFC 8446 §7.1: the labels are all ASCII strings.
            if (full.charAt(i) > 0x7F) {
                throw outOfRange("label \"" + label + "\" is not ASCII");
            }
        }
        // RFC 8446 §7.1: opaque label<7..255>, the prefix included.
        if (full.length() < MIN_LABEL_LENGTH || full.length() > MAX_LABEL_LENGTH) {
            throw outOfRange("label of " + full.length() + " bytes (prefix included) is outside "
                    + MIN_LABEL_LENGTH + ".." + MAX_LABEL_LENGTH);
        }
        return Bytes.wrap(full.getBytes(StandardCharsets.US_ASCII));
    }

    private static TlsException outOfRange(String detail) {
        return new TlsException(KeyScheduleFailure.HKDF_LABEL_OUT_OF_RANGE, "HkdfLabel: " + detail);
    }
}
