package dev.parley.handshake.client;

import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.HashAlgorithm;
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
 * What client and server have agreed on so far, from the ServerHello on: the facts a
 * {@link Session} reports at the end.
 *
 * @param cipherSuite the suite of the ServerHello (a TLS 1.3 suite we offered)
 * @param group the (EC)DHE group of the key exchange
 * @param helloRetryRequest whether the server sent a HelloRetryRequest
 * @param resumedPeerChain present when the server accepted our PSK: the server's chain of the
 *        session the ticket came from (RFC 8446 §4.6.1)
 * @param serverName the host name we sent in server_name, if any
 * @param applicationProtocol the ALPN protocol of EncryptedExtensions, if any
 */
record Negotiated(CipherSuite cipherSuite, NamedGroup group, boolean helloRetryRequest,
                  Optional<List<Certificate>> resumedPeerChain, Optional<String> serverName,
                  Optional<String> applicationProtocol) {

    Negotiated {
        Objects.requireNonNull(cipherSuite, "cipherSuite");
        Objects.requireNonNull(group, "group");
        resumedPeerChain = resumedPeerChain.map(List::copyOf);
        Objects.requireNonNull(serverName, "serverName");
        Objects.requireNonNull(applicationProtocol, "applicationProtocol");
        if (cipherSuite.aead().isEmpty() || cipherSuite.hash().isEmpty()) {
            throw new IllegalArgumentException("not a suite Parley implements: " + cipherSuite);
        }
    }

    /** The record protection of the suite. */
    AeadAlgorithm aead() {
        return cipherSuite.aead().orElseThrow();
    }

    /** The hash of the key schedule and transcript. */
    HashAlgorithm hash() {
        return cipherSuite.hash().orElseThrow();
    }

    /** The length of a Finished's verify_data (RFC 8446 §4.4.4). */
    int hashLength() {
        return hash().outputLength();
    }

    /** Whether the server accepted our PSK. */
    boolean resumed() {
        return resumedPeerChain.isPresent();
    }

    /** The same agreement with the application protocol of EncryptedExtensions. */
    Negotiated withApplicationProtocol(Optional<String> protocol) {
        return new Negotiated(cipherSuite, group, helloRetryRequest, resumedPeerChain, serverName, protocol);
    }

    /** The session a completed handshake reports. */
    Session session(Optional<SignatureScheme> peerSignatureScheme, List<Certificate> peerCertificates,
                    Optional<SignatureScheme> localSignatureScheme, List<Certificate> localCertificates) {
        return new Session(ProtocolVersion.TLS13, cipherSuite, Optional.of(group), peerSignatureScheme,
                localSignatureScheme, peerCertificates, localCertificates, applicationProtocol, serverName, resumed(),
                helloRetryRequest);
    }
}
