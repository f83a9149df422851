package dev.parley.handshake;

import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.record.ProtocolVersion;
import dev.parley.x509.Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a completed handshake agreed on: what a user (and {@code parley demo}) wants to see.
 *
 * @param version the negotiated protocol version
 * @param cipherSuite the negotiated cipher suite
 * @param group the key-exchange group, empty for a resumption without (EC)DHE
 * @param peerSignatureScheme the scheme of the peer's CertificateVerify, empty if it sent none
 * @param localSignatureScheme the scheme of our own CertificateVerify, empty if we sent none
 * @param peerCertificates the peer's chain as it sent it, leaf first (for a resumed session: the
 *        chain of the original handshake); empty if the peer sent no certificate
 * @param localCertificates the chain this endpoint sent, leaf first; empty if it sent none
 * @param applicationProtocol the ALPN protocol selected (RFC 7301), if any
 * @param serverName the server name the client sent in SNI (RFC 6066 §3), if any
 * @param resumed whether a PSK from an earlier session was accepted (RFC 8446 §2.2)
 * @param helloRetryRequest whether the server sent a HelloRetryRequest (RFC 8446 §4.1.4)
 */
public record Session(ProtocolVersion version, CipherSuite cipherSuite, Optional<NamedGroup> group,
                      Optional<SignatureScheme> peerSignatureScheme, Optional<SignatureScheme> localSignatureScheme,
                      List<Certificate> peerCertificates,
                      List<Certificate> localCertificates, Optional<String> applicationProtocol,
                      Optional<String> serverName, boolean resumed, boolean helloRetryRequest) {

    public Session {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(cipherSuite, "cipherSuite");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(peerSignatureScheme, "peerSignatureScheme");
        Objects.requireNonNull(localSignatureScheme, "localSignatureScheme");
        peerCertificates = List.copyOf(peerCertificates);
        localCertificates = List.copyOf(localCertificates);
        Objects.requireNonNull(applicationProtocol, "applicationProtocol");
        Objects.requireNonNull(serverName, "serverName");
    }
}
