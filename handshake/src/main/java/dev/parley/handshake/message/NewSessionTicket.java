package dev.parley.handshake.message;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.ExtensionCodec;
import dev.parley.handshake.extension.Extensions;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * NewSessionTicket in TLS 1.3 (RFC 8446 §4.6.1): a resumption ticket the server issues after the
 * handshake. The early_data extension, if present, carries the ticket's max_early_data_size
 * ({@code EarlyDataIndication}). The seven-day lifetime cap is the receiving state's check.
 *
 * @param ticketLifetime {@code uint32 ticket_lifetime}, seconds
 * @param ticketAgeAdd {@code uint32 ticket_age_add}
 * @param ticketNonce {@code opaque ticket_nonce<0..255>}
 * @param ticket {@code opaque ticket<1..2^16-1>}
 * @param extensions {@code Extension extensions<0..2^16-2>}, in the order sent
 */
public record NewSessionTicket(long ticketLifetime, long ticketAgeAdd, Bytes ticketNonce, Bytes ticket,
                               List<Extension> extensions) implements HandshakeMessage {

    private static final Extensions EXTENSIONS = Extensions.codec(0, 0xFFFE);

    /** The body's wire form. */
    public static final Codec<NewSessionTicket> CODEC = new Codec<>() {
        @Override
        public void encode(NewSessionTicket value, WireWriter out) {
            out.u32(value.ticketLifetime);
            out.u32(value.ticketAgeAdd);
            out.opaque8(value.ticketNonce);
            out.opaque16(value.ticket);
            EXTENSIONS.encode(value.extensions, out);
        }

        @Override
        public NewSessionTicket decode(WireReader in) throws DecodeFailure {
            long lifetime = in.u32();
            long ageAdd = in.u32();
            Bytes nonce = in.opaque8("ticket_nonce", 0, 0xFF);
            Bytes ticket = in.opaque16("ticket", 1, 0xFFFF);
            return new NewSessionTicket(lifetime, ageAdd, nonce, ticket, EXTENSIONS.decode(in));
        }
    };

    public NewSessionTicket {
        Objects.requireNonNull(ticketNonce, "ticketNonce");
        Objects.requireNonNull(ticket, "ticket");
        extensions = List.copyOf(extensions);
    }

    @Override
    public HandshakeType msgType() {
        return HandshakeType.NEW_SESSION_TICKET;
    }

    @Override
    public void encodeBody(WireWriter out) {
        CODEC.encode(this, out);
    }

    /** Decodes the extension {@code codec} reads, if the ticket carries it. */
    public <T> Optional<T> extension(ExtensionCodec<T> codec) throws DecodeFailure {
        return codec.find(extensions);
    }
}
