package dev.parley.handshake.extension;

import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;

/**
 * The record_size_limit extension (RFC 8449 §4): {@code uint16 RecordSizeLimit}, the largest record
 * plaintext the sender is willing to receive. Values below 64 are illegal_parameter (RFC 8449 §4).
 * How the limit applies (TLS 1.3 counts the content type byte, and caps at 2^14+1) is the record
 * layer's business.
 *
 * @param recordSizeLimit the limit in bytes, 64..65535 when received
 */
public record RecordSizeLimit(int recordSizeLimit) {

    /** The smallest limit an endpoint may send (RFC 8449 §4). */
    public static final int MINIMUM = 64;

    /** The wire form. */
    public static final Codec<RecordSizeLimit> CODEC = new Codec<>() {
        @Override
        public void encode(RecordSizeLimit value, WireWriter out) {
            out.u16(value.recordSizeLimit);
        }

        @Override
        public RecordSizeLimit decode(WireReader in) throws DecodeFailure {
            int limit = in.u16();
            if (limit < MINIMUM) {
                // RFC 8449 §4: a value below 64 is a fatal illegal_parameter.
                throw new DecodeFailure(HandshakeFailure.RECORD_SIZE_LIMIT_TOO_SMALL,
                        "record_size_limit " + limit + " is below " + MINIMUM);
            }
            return new RecordSizeLimit(limit);
        }
    };

    /** The extension in a ClientHello or EncryptedExtensions (TLS 1.3), or ServerHello (TLS 1.2). */
    public static final ExtensionCodec<RecordSizeLimit> EXTENSION =
            new ExtensionCodec<>(ExtensionType.RECORD_SIZE_LIMIT, CODEC);
}
