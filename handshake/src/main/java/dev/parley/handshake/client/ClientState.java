package dev.parley.handshake.client;

import dev.parley.handshake.engine.HandshakeContext;
import dev.parley.handshake.engine.HandshakeState;
import dev.parley.handshake.message.Handshake;
import dev.parley.record.TlsException;

/**
 * A state of the TLS 1.3 client (RFC 8446 Appendix A.1). Each state accepts one kind of server
 * message (two in WAIT_CERT_CR) and returns the next state; every other message fails with
 * unexpected_message. The transitions are drawn in {@code package-info.java}.
 */
public sealed interface ClientState extends HandshakeState
        permits WaitServerHello, WaitEncryptedExtensions, WaitCertificateOrCertificateRequest, WaitCertificate,
                WaitCertificateVerify, WaitFinished, Connected {

    @Override
    ClientState handle(HandshakeContext context, Handshake message) throws TlsException;
}
