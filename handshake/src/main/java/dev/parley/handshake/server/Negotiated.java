package dev.parley.handshake.server;

import dev.parley.handshake.Session;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.record.ProtocolVersion;
import dev.parley.x509.Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the server agreed to in its flight, carried to the end of the handshake to build the
 * {@link Session} and the session tickets.
 *
 * @param cipherSuite the suite
 * @param group the (EC)DHE group (Parley always uses one, RFC 8446 §4.2.9 psk_dhe_ke)
 * @param serverName the SNI host name the client sent, lower case
 * @param applicationProtocol the ALPN protocol selected
 * @param localCertificates the chain we sent; empty when resuming
 * @param localScheme the scheme of our CertificateVerify; empty when resuming
 * @param resumed whether a ticket was accepted
 * @param resumedClientCertificates for a resumed session, the client chain of the original one
 * @param helloRetryRequest whether a HelloRetryRequest was sent
 * @param ticketsWanted whether the client can use tickets: it offered psk_dhe_ke (RFC 8446 §4.2.9)
 */
record Negotiated(CipherSuite cipherSuite, NamedGroup group, Optional<String> serverName,
                  Optional<String> applicationProtocol, List<Certificate> localCertificates,
                  Optional<SignatureScheme> localScheme, boolean resumed,
                  List<Certificate> resumedClientCertificates, boolean helloRetryRequest, boolean ticketsWanted) {

    Negotiated {
        Objects.requireNonNull(cipherSuite, "cipherSuite");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(serverName, "serverName");
        Objects.requireNonNull(applicationProtocol, "applicationProtocol");
        localCertificates = List.copyOf(localCertificates);
        Objects.requireNonNull(localScheme, "localScheme");
        resumedClientCertificates = List.copyOf(resumedClientCertificates);
    }

    /**
     * The session, given what the client proved in this handshake: its chain and signature scheme
     * (empty without client authentication). A resumed session keeps the original client chain.
     */
    Session session(List<Certificate> clientCertificates, Optional<SignatureScheme> clientScheme) {
        List<Certificate> peer = resumed ? resumedClientCertificates : clientCertificates;
        return new Session(ProtocolVersion.TLS13, cipherSuite, Optional.of(group), clientScheme, localScheme, peer,
                localCertificates, applicationProtocol, serverName, resumed, helloRetryRequest);
    }
}
