package dev.parley.handshake.message;

import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.record.wire.WireWriter;

/**
 * A decoded TLS 1.3 handshake message (RFC 8446 §4). The family is closed, so a state dispatches
 * with {@code instanceof} and a message it cannot handle is an unexpected message by construction.
 *
 * <p>Each member is a record with its body codec beside it ({@code ClientHello.CODEC},
 * {@code Finished.codec(length)}); {@link Tls13Messages} decodes a received {@link Handshake} into
 * the right member, and {@link Handshake#of} frames one for sending.
 */
public sealed interface HandshakeMessage
        permits ClientHello, ServerHello, HelloRetryRequest, EncryptedExtensions, CertificateRequest,
                Certificate, CertificateVerify, Finished, NewSessionTicket, KeyUpdate, EndOfEarlyData,
                MessageHash {

    /** The msg_type this message travels under (a HelloRetryRequest travels as server_hello). */
    HandshakeType msgType();

    /** Writes the message body, without the Handshake header. */
    void encodeBody(WireWriter out);
}
