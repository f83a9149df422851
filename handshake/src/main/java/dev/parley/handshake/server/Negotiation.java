package dev.parley.handshake.server;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.CertifiedKey;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.auth.SchemeSelection;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.extension.KeyShareClientHello;
import dev.parley.handshake.extension.KeyShareEntry;
import dev.parley.record.TlsException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The server's choices from a checked {@link ClientHelloOffer}: cipher suite, key-exchange group
 * (or a HelloRetryRequest), certificate and signature scheme, ALPN protocol. Each choice follows
 * the server's order when {@link EngineConfig#serverCipherPreference()} is set (the default, as in
 * OpenSSL's SSL_OP_CIPHER_SERVER_PREFERENCE and rustls), the client's otherwise.
 */
final class Negotiation {

    /** The outcome of the group choice: a client share to answer, or a group to ask for. */
    sealed interface GroupChoice permits Share, Retry {
    }

    /** The client sent a share for an acceptable group: answer it in the ServerHello. */
    record Share(KeyShareEntry clientShare) implements GroupChoice {
    }

    /** No acceptable share, but a group both support: ask for it with a HelloRetryRequest (§4.1.4). */
    record Retry(NamedGroup group) implements GroupChoice {
    }

    private Negotiation() {
    }

    /**
     * The TLS 1.3 suite to use (RFC 8446 §4.1.2: suites we do not know or want are ignored, GREASE
     * among them).
     *
     * @throws TlsException handshake_failure without a common suite (RFC 8446 §4.1.1)
     */
    static CipherSuite cipherSuite(EngineConfig config, ClientHelloOffer offer) throws TlsException {
        List<CipherSuite> ours = config.cipherSuites().stream()
                .filter(suite -> suite.isTls13() && suite.aead().isPresent()).toList();
        List<CipherSuite> theirs = offer.hello().cipherSuites();
        Optional<CipherSuite> chosen = config.serverCipherPreference()
                ? ours.stream().filter(theirs::contains).findFirst()
                : theirs.stream().filter(ours::contains).findFirst();
        return chosen.orElseThrow(() -> new TlsException(HandshakeFailure.NO_COMMON_CIPHER_SUITE,
                "the client offers " + theirs + ", this server accepts " + ours));
    }

    /**
     * The group: a share the client sent for a group we accept, else a HelloRetryRequest for a
     * group both support (RFC 8446 §4.1.1, §4.1.4). An acceptable share always wins over a retry
     * for a group we like better, as in OpenSSL and rustls: a round trip costs more than the
     * difference between two supported groups.
     *
     * @throws TlsException handshake_failure without a common group (RFC 8446 §4.1.1)
     */
    static GroupChoice keyExchange(EngineConfig config, ClientHelloOffer offer) throws TlsException {
        List<NamedGroup> ours = config.groups().stream().filter(group -> group.keyAgreement().isPresent()).toList();
        List<KeyShareEntry> shares = offer.keyShares().map(KeyShareClientHello::clientShares).orElse(List.of());
        List<NamedGroup> theirs = offer.supportedGroups();
        Optional<KeyShareEntry> share = config.serverCipherPreference()
                ? ours.stream().flatMap(group -> shareFor(shares, group).stream()).findFirst()
                : shares.stream().filter(entry -> ours.contains(entry.group())).findFirst();
        if (share.isPresent()) {
            return new Share(share.get());
        }
        Optional<NamedGroup> retry = config.serverCipherPreference()
                ? ours.stream().filter(theirs::contains).findFirst()
                : theirs.stream().filter(ours::contains).findFirst();
        return retry.<GroupChoice>map(Retry::new).orElseThrow(() -> new TlsException(HandshakeFailure.NO_COMMON_GROUP,
                "the client supports the groups " + theirs + ", this server " + ours
                        + " (a PSK without (EC)DHE is not accepted)"));
    }

    private static Optional<KeyShareEntry> shareFor(List<KeyShareEntry> shares, NamedGroup group) {
        return shares.stream().filter(share -> share.group().equals(group)).findFirst();
    }

    /**
     * The certificate for this client: among those configured for its SNI name (or the default
     * ones), the first, in configured order, that can sign a scheme the client accepts, with the
     * first such scheme in our order (RFC 8446 §4.4.2.2, §4.4.3).
     *
     * @throws TlsException handshake_failure if none can (RFC 8446 §4.1.1)
     */
    static SchemeSelection.Choice certificate(EngineConfig config, ClientHelloOffer offer) throws TlsException {
        List<CertifiedKey> candidates = config.certificatesFor(offer.serverName());
        return SchemeSelection.choose(candidates, config.signatureSchemes(), offer.signatureSchemes().orElse(List.of()))
                .orElseThrow(() -> new TlsException(HandshakeFailure.NO_CERTIFICATE_FOR_CLIENT, candidates.isEmpty()
                        ? "no certificate is configured for " + offer.serverName().orElse("clients without SNI")
                        : "none of " + candidates + " can sign with the client's signature_algorithms "
                                + offer.signatureSchemes().orElse(List.of())));
    }

    /**
     * The ALPN protocol (RFC 7301 §3.2): the first of ours the client offers. A client offering
     * ALPN to a server without protocols is answered without ALPN; GREASE names never match.
     *
     * @throws TlsException no_application_protocol when both have protocols but none in common
     */
    static Optional<String> applicationProtocol(EngineConfig config, ClientHelloOffer offer) throws TlsException {
        if (offer.applicationProtocols().isEmpty() || config.applicationProtocols().isEmpty()) {
            return Optional.empty();
        }
        List<Bytes> theirs = offer.applicationProtocols().get();
        for (String protocol : config.applicationProtocols()) {
            if (theirs.contains(Bytes.wrap(protocol.getBytes(StandardCharsets.UTF_8)))) {
                return Optional.of(protocol);
            }
        }
        // RFC 7301 §3.2: no overlap is a fatal no_application_protocol.
        throw new TlsException(HandshakeFailure.NO_COMMON_APPLICATION_PROTOCOL,
                "the client offers ALPN " + theirs + ", this server " + config.applicationProtocols());
    }
}
