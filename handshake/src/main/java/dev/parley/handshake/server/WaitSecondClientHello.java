package dev.parley.handshake.server;

import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.engine.HandshakeContext;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.KeyShareClientHello;
import dev.parley.handshake.extension.KeyShareEntry;
import dev.parley.handshake.keys.TranscriptHash;
import dev.parley.handshake.message.ClientHello;
import dev.parley.handshake.message.Handshake;
import dev.parley.record.TlsException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * RFC 8446 Appendix A.2 START again, after a HelloRetryRequest: waiting for the second
 * ClientHello, which must be the first one with only the changes §4.1.2 allows, and must now hold
 * exactly one key share, for the group we asked for (§4.2.8). The suite is the one the
 * HelloRetryRequest named (§4.1.4: the server must negotiate the same suite; the client cannot
 * change its list, so choosing again would give the same answer).
 */
final class WaitSecondClientHello implements ServerState {

    /**
     * RFC 8446 §4.1.2: what the second ClientHello may change: the key share, early_data (removed),
     * the cookie, the PSK offer (ages and binders recomputed, incompatible PSKs dropped) and padding.
     */
    private static final Set<ExtensionType> MAY_CHANGE = Set.of(ExtensionType.KEY_SHARE, ExtensionType.EARLY_DATA,
            ExtensionType.COOKIE, ExtensionType.PRE_SHARED_KEY, ExtensionType.PADDING);

    private final TicketSealer sealer;
    private final ClientHelloOffer first;
    private final CipherSuite suite;
    private final NamedGroup selectedGroup;
    private final TranscriptHash transcript;

    WaitSecondClientHello(TicketSealer sealer, ClientHelloOffer first, CipherSuite suite, NamedGroup selectedGroup,
                          TranscriptHash transcript) {
        this.sealer = Objects.requireNonNull(sealer, "sealer");
        this.first = Objects.requireNonNull(first, "first");
        this.suite = Objects.requireNonNull(suite, "suite");
        this.selectedGroup = Objects.requireNonNull(selectedGroup, "selectedGroup");
        this.transcript = Objects.requireNonNull(transcript, "transcript");
    }

    @Override
    public ServerState handle(HandshakeContext cx, Handshake frame) throws TlsException {
        ClientHello hello = ClientMessages.clientHello(frame, "START after HelloRetryRequest");
        ClientHelloOffer second = ClientHelloOffer.read(hello);
        if (second.earlyData()) {
            // RFC 8446 §4.2.10: a client must not include early_data in its followup ClientHello.
            throw new TlsException(HandshakeFailure.EARLY_DATA_AFTER_RETRY,
                    "the second ClientHello announces early data");
        }
        checkUnchanged(first.hello(), hello);
        KeyShareEntry share = onlyShare(second);
        return ServerFlight.answer(cx, sealer, frame, second, suite, share, transcript, true);
    }

    /** RFC 8446 §4.1.2: "the client MUST send the same ClientHello without modification, except ...". */
    private static void checkUnchanged(ClientHello first, ClientHello second) throws TlsException {
        String changed = !first.legacyVersion().equals(second.legacyVersion()) ? "legacy_version"
                : !first.random().equals(second.random()) ? "random"
                : !first.legacySessionId().equals(second.legacySessionId()) ? "legacy_session_id"
                : !first.cipherSuites().equals(second.cipherSuites()) ? "cipher_suites"
                : !first.legacyCompressionMethods().equals(second.legacyCompressionMethods())
                        ? "legacy_compression_methods"
                : !fixedExtensions(first.extensions()).equals(fixedExtensions(second.extensions())) ? "extensions"
                : null;
        if (changed != null) {
            throw new TlsException(HandshakeFailure.RETRY_CLIENT_HELLO_CHANGED,
                    "the second ClientHello changed its " + changed + " after the HelloRetryRequest");
        }
    }

    /**
     * The extensions that must not change, as a set: their order is not compared, the one leniency
     * we allow, since a reordering changes nothing the server relies on.
     */
    private static Set<Extension> fixedExtensions(List<Extension> extensions) {
        Set<Extension> fixed = new HashSet<>();
        for (Extension extension : extensions) {
            if (!MAY_CHANGE.contains(extension.extensionType())) {
                fixed.add(extension);
            }
        }
        return fixed;
    }

    /** RFC 8446 §4.2.8: the new key_share holds exactly one share, for the selected group. */
    private KeyShareEntry onlyShare(ClientHelloOffer second) throws TlsException {
        List<KeyShareEntry> shares = second.keyShares().map(KeyShareClientHello::clientShares).orElse(List.of());
        if (shares.size() != 1 || !shares.get(0).group().equals(selectedGroup)) {
            throw new TlsException(HandshakeFailure.RETRY_KEY_SHARE_MISMATCH, "the second ClientHello offers "
                    + shares.stream().map(KeyShareEntry::group).toList() + " where the HelloRetryRequest asked for "
                    + selectedGroup + " alone");
        }
        return shares.get(0);
    }

    @Override
    public String toString() {
        return "WaitSecondClientHello(" + selectedGroup + ")";
    }
}
