package dev.parley.handshake.client;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.PeerVerifier;
import dev.parley.handshake.ResumptionTicket;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.engine.HandshakeContext;
import dev.parley.handshake.message.ClientHello;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.keys.TranscriptHash;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.TlsException;
import dev.parley.x509.identity.IpLiteral;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a TLS 1.3 client handshake begins: the engine calls {@link #start} once, which sends the
 * first ClientHello and returns the state that waits for the server's answer.
 */
public final class ClientHandshake {

    private ClientHandshake() {
    }

    /**
     * Sends the first ClientHello (RFC 8446 §4.1.2) and returns {@code WaitServerHello}.
     *
     * <p>A ticket kept in the configuration's SessionStore under {@code sessionKey} is taken out
     * and offered for resumption (RFC 8446 §4.2.11) if it is still valid, its suite is configured and
     * it was obtained for the same server_name; otherwise it is dropped.
     *
     * @param serverName the server the caller wants: a host name (sent as SNI, RFC 6066 §3) or an IP
     *        literal (not sent); either way the PeerVerifier checks the certificate against it
     * @param sessionKey the key this connection's tickets are taken from and stored under
     * @throws TlsException {@link HandshakeFailure#CLIENT_CONFIG_UNUSABLE} before anything is sent,
     *         if the configuration has no PeerVerifier (a client never trusts a server unchecked
     *         unless told to with {@link PeerVerifier#insecureAcceptAnything()}), no TLS 1.3, no TLS
     *         1.3 cipher suite, or a key share group Parley cannot compute
     */
    public static ClientState start(HandshakeContext cx, Optional<String> serverName, String sessionKey)
            throws TlsException {
        EngineConfig config = cx.config();
        PeerVerifier verifier = config.peerVerifier().orElseThrow(() -> new TlsException(
                HandshakeFailure.CLIENT_CONFIG_UNUSABLE,
                "a client needs a PeerVerifier; PeerVerifier.insecureAcceptAnything() turns checks off explicitly"));
        if (!config.versions().contains(ProtocolVersion.TLS13)) {
            throw new TlsException(HandshakeFailure.CLIENT_CONFIG_UNUSABLE,
                    "the configured versions " + config.versions() + " lack TLS 1.3, the only one Parley speaks yet");
        }
        if (config.cipherSuites().stream().noneMatch(CipherSuite::isTls13)) {
            throw new TlsException(HandshakeFailure.CLIENT_CONFIG_UNUSABLE,
                    "none of the configured suites " + config.cipherSuites() + " is a TLS 1.3 suite");
        }
        Optional<String> hostName = serverName.flatMap(ClientHandshake::hostNameForSni);
        Optional<ResumptionTicket> ticket = resumableTicket(config, sessionKey, hostName, cx.clock().instant());
        ClientOffer offer = ClientHelloBuilder.first(cx, hostName, ticket);
        return begin(cx, new ClientSetup(serverName, sessionKey, verifier), offer);
    }

    /** Sends the first ClientHello of {@code offer} and waits for the answer. */
    static WaitServerHello begin(HandshakeContext cx, ClientSetup setup, ClientOffer offer) throws TlsException {
        // RFC 8446 §5: a change_cipher_spec may arrive from the first ClientHello until the peer's Finished.
        cx.acceptChangeCipherSpec(true);
        TranscriptHash transcript = TranscriptHash.start(cx.crypto());
        return new WaitServerHello(setup, send(cx, offer, transcript), transcript, Optional.empty());
    }

    /**
     * Sends {@code offer}'s hello and adds it to {@code transcript}. A hello offering a PSK gets its
     * binder first (RFC 8446 §4.2.11.2): the Finished construction over the transcript so far and
     * the hello up to its binders list, whose placeholder has the binder's final length.
     *
     * @return the offer as sent, with its real binders
     */
    static ClientOffer send(HandshakeContext cx, ClientOffer offer, TranscriptHash transcript) throws TlsException {
        if (offer.psk().isEmpty()) {
            transcript.add(cx.send(offer.hello()));
            return offer;
        }
        ClientHello hello = offer.hello();
        Bytes binder = offer.psk().get().binder(transcript, hello.truncateForBinders());
        ClientHello bound = hello.withBinders(List.of(binder));
        Bytes framed = Handshake.of(bound).encoded();
        cx.sendFramed(framed);
        transcript.add(framed);
        return offer.withHello(bound);
    }

    /**
     * The name to put in server_name, if {@code serverName} is a host name: not an IP literal
     * (RFC 6066 §3: "Literal IPv4 and IPv6 addresses are not permitted in "HostName""), and made of
     * visible ASCII (an internationalized name must already be in A-label form). A trailing dot is
     * dropped (RFC 6066 §3: "without a trailing dot").
     */
    static Optional<String> hostNameForSni(String serverName) {
        String name = serverName.endsWith(".") ? serverName.substring(0, serverName.length() - 1) : serverName;
        if (name.isEmpty() || name.length() > 0xFFFF) {
            return Optional.empty();
        }
        String bare = name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
        if (IpLiteral.isIpLiteral(bare)) {
            return Optional.empty();
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return Optional.empty();
            }
        }
        return Optional.of(name);
    }

    /**
     * The ticket kept under {@code sessionKey}, if it may be offered now: unexpired
     * (RFC 8446 §4.6.1), of a configured TLS 1.3 suite, and obtained with the same server_name
     * (§4.6.1: clients "SHOULD only resume if the SNI value matches"). It leaves the store either
     * way (RFC 8446 §C.4: a ticket is not offered twice); one not offered is destroyed.
     */
    private static Optional<ResumptionTicket> resumableTicket(EngineConfig config, String sessionKey,
                                                              Optional<String> hostName, Instant now) {
        Optional<ResumptionTicket> taken = config.sessionStore().take(sessionKey);
        if (taken.isEmpty()) {
            return taken;
        }
        ResumptionTicket ticket = taken.get();
        boolean usable = ticket.isUsableAt(now) && ticket.cipherSuite().isTls13()
                && config.cipherSuites().contains(ticket.cipherSuite()) && ticket.serverName().equals(hostName);
        if (!usable) {
            ticket.destroy();
            return Optional.empty();
        }
        return taken;
    }
}
