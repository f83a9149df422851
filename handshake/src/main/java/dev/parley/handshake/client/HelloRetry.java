package dev.parley.handshake.client;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.KeyShare;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.engine.HandshakeContext;
import dev.parley.handshake.extension.Cookie;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.KeyShareClientHello;
import dev.parley.handshake.extension.KeyShareHelloRetryRequest;
import dev.parley.handshake.extension.OfferedPsks;
import dev.parley.handshake.extension.SupportedVersionsServerHello;
import dev.parley.handshake.keys.TranscriptHash;
import dev.parley.handshake.message.ClientHello;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.HelloRetryRequest;
import dev.parley.record.TlsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The client's answer to a HelloRetryRequest (RFC 8446 §4.1.4): check it, then send the second
 * ClientHello, which is the first one with exactly the changes RFC 8446 §4.1.2 lists: the key share
 * replaced by one in the selected group, the cookie echoed, early_data removed, the PSK's
 * obfuscated age and binder recomputed (or the PSK dropped if its hash is not the new suite's),
 * and the padding recomputed for the new length (RFC 7685, see {@link HelloPadding}).
 *
 * <p>The cookie goes right after signature_algorithms, where NSS puts it (RFC 8448 §5).
 */
final class HelloRetry {

    private static final String MESSAGE = "HelloRetryRequest";

    private HelloRetry() {
    }

    /** Checks {@code retry}, sends the second ClientHello and returns the state waiting for the ServerHello. */
    static WaitServerHello answer(HandshakeContext cx, ClientSetup setup, ClientOffer offer, TranscriptHash transcript,
                                  HelloRetryRequest retry, Handshake frame) throws TlsException {
        check(retry, offer.offered());
        Optional<NamedGroup> selected = KeyShareHelloRetryRequest.EXTENSION.find(retry.extensions())
                .map(KeyShareHelloRetryRequest::selectedGroup);
        Optional<Cookie> cookie = Cookie.EXTENSION.find(retry.extensions());
        if (selected.isPresent()) {
            checkSelectedGroup(selected.get(), offer.offered());
        } else if (cookie.isEmpty()) {
            // RFC 8446 §4.1.4: a HelloRetryRequest that would not change the ClientHello is illegal_parameter.
            throw new TlsException(HandshakeFailure.HELLO_RETRY_WITHOUT_CHANGE,
                    "the HelloRetryRequest asks for neither a key share nor a cookie");
        }

        HashAlgorithm hash = retry.cipherSuite().hash().orElseThrow();
        transcript.chooseHash(hash);
        // RFC 8446 §4.4.1: ClientHello1 gives way to message_hash, then the HelloRetryRequest follows.
        transcript.replaceClientHelloWithMessageHash();
        transcript.add(frame.encoded());
        ClientOffer second = secondOffer(cx, offer, selected, cookie, hash);
        if (cx.config().middleboxCompatibility()) {
            // RFC 8446 §D.4: the dummy change_cipher_spec goes right before the second ClientHello.
            cx.sendChangeCipherSpec();
        }
        ClientOffer sent = ClientHandshake.send(cx, second, transcript);
        return new WaitServerHello(setup, sent, transcript, Optional.of(retry));
    }

    /** The checks a HelloRetryRequest shares with a ServerHello, and its own extension rules. */
    private static void check(HelloRetryRequest retry, Offered offered) throws TlsException {
        Optional<SupportedVersionsServerHello> version = HelloChecks.supportedVersions(retry.extensions());
        if (version.isEmpty()) {
            // RFC 8446 §4.1.4: a HelloRetryRequest must contain supported_versions.
            throw new TlsException(HandshakeFailure.HELLO_RETRY_WITHOUT_SUPPORTED_VERSIONS,
                    "the HelloRetryRequest has no supported_versions");
        }
        HelloChecks.version(retry.legacyVersion(), version.get(), offered, MESSAGE);
        // RFC 8446 §4.2: the cookie is the one extension a HelloRetryRequest may send unasked.
        ExtensionRules.checkAnswers(retry.extensions(), offered.extensionTypes(), ExtensionRules.HELLO_RETRY_REQUEST,
                Set.of(ExtensionType.COOKIE), MESSAGE);
        HelloChecks.sessionIdEcho(retry.legacySessionIdEcho(), offered, MESSAGE);
        HelloChecks.cipherSuite(retry.cipherSuite(), offered, MESSAGE);
        HelloChecks.compression(retry.legacyCompressionMethod(), MESSAGE);
    }

    /** RFC 8446 §4.2.8: the selected group must be in supported_groups and not already have a share. */
    private static void checkSelectedGroup(NamedGroup group, Offered offered) throws TlsException {
        if (!offered.supportedGroups().contains(group)) {
            throw new TlsException(HandshakeFailure.HELLO_RETRY_GROUP_INVALID,
                    "the HelloRetryRequest selects " + group + ", which is not in our supported_groups");
        }
        if (offered.keyShareGroups().contains(group)) {
            throw new TlsException(HandshakeFailure.HELLO_RETRY_GROUP_INVALID,
                    "the HelloRetryRequest selects " + group + ", for which we already sent a share");
        }
    }

    /** The second ClientHello and its secrets (RFC 8446 §4.1.2). */
    private static ClientOffer secondOffer(HandshakeContext cx, ClientOffer offer, Optional<NamedGroup> selected,
                                           Optional<Cookie> cookie, HashAlgorithm hash) throws TlsException {
        ClientHello first = HelloPadding.strip(offer.hello());
        List<Extension> extensions = new ArrayList<>(first.extensions());
        // RFC 8446 §4.1.2: early_data is removed (we never send it, but a replayed hello may carry it).
        extensions.removeIf(extension -> extension.extensionType().equals(ExtensionType.EARLY_DATA));
        Map<NamedGroup, KeyShare> shares = offer.keyShares();
        if (selected.isPresent()) {
            KeyShare share = ClientHelloBuilder.generateShare(cx, selected.get(),
                    HandshakeFailure.SELECTED_GROUP_UNIMPLEMENTED);
            offer.destroyKeyShares();
            shares = Map.of(selected.get(), share);
            // RFC 8446 §4.1.2: the shares become a single KeyShareEntry in the indicated group.
            replace(extensions, KeyShareClientHello.EXTENSION.toExtension(
                    new KeyShareClientHello(ClientHelloBuilder.shareEntries(shares))));
        }
        if (cookie.isPresent()) {
            extensions.removeIf(extension -> extension.extensionType().equals(ExtensionType.COOKIE));
            // RFC 8446 §4.1.2: the cookie of the HelloRetryRequest is echoed.
            extensions.add(cookiePosition(extensions), Cookie.EXTENSION.toExtension(cookie.get()));
        }
        Optional<PskOffer> psk = offer.psk();
        if (psk.isPresent() && psk.get().hash() != hash) {
            // RFC 8446 §4.1.2: a PSK incompatible with the server's suite may be removed; it cannot be used.
            extensions.removeIf(extension -> extension.extensionType().equals(ExtensionType.PRE_SHARED_KEY));
            psk.get().destroy();
            psk = Optional.empty();
        } else if (psk.isPresent()) {
            // RFC 8446 §4.1.2: the obfuscated age is recomputed; the binder is filled in when sent.
            replace(extensions, OfferedPsks.EXTENSION.toExtension(new OfferedPsks(
                    List.of(psk.get().identity(cx.clock().instant())),
                    List.of(Bytes.wrap(new byte[hash.outputLength()])))));
        }
        ClientHello second = HelloPadding.pad(HelloPadding.withExtensions(first, extensions));
        return ClientOffer.of(second, shares, psk);
    }

    private static void replace(List<Extension> extensions, Extension replacement) {
        for (int i = 0; i < extensions.size(); i++) {
            if (extensions.get(i).extensionType().equals(replacement.extensionType())) {
                extensions.set(i, replacement);
                return;
            }
        }
        throw new IllegalStateException("the first ClientHello has no " + replacement.extensionType());
    }

    /** Right after signature_algorithms; without it, before pre_shared_key or at the end. */
    private static int cookiePosition(List<Extension> extensions) {
        for (int i = 0; i < extensions.size(); i++) {
            if (extensions.get(i).extensionType().equals(ExtensionType.SIGNATURE_ALGORITHMS)) {
                return i + 1;
            }
        }
        int last = extensions.size();
        return last > 0 && extensions.get(last - 1).extensionType().equals(ExtensionType.PRE_SHARED_KEY)
                ? last - 1 : last;
    }
}
