package dev.parley.handshake.server;

import dev.parley.handshake.engine.HandshakeContext;
import dev.parley.handshake.engine.HandshakeState;
import dev.parley.handshake.message.Handshake;
import dev.parley.record.TlsException;

/**
 * One state of the TLS 1.3 server (RFC 8446 Appendix A.2), named after the message it waits for.
 * The family is closed: the transition table in {@code package-info.java} lists every state.
 */
public sealed interface ServerState extends HandshakeState
        permits WaitClientHello, WaitSecondClientHello, WaitClientCertificate, WaitClientCertificateVerify,
                WaitClientFinished, Connected {

    @Override
    ServerState handle(HandshakeContext context, Handshake message) throws TlsException;
}
