package dev.parley.handshake.client;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.engine.HandshakeContext;
import dev.parley.handshake.extension.Empty;
import dev.parley.handshake.extension.NamedGroupList;
import dev.parley.handshake.extension.ProtocolNameList;
import dev.parley.handshake.extension.RecordSizeLimit;
import dev.parley.handshake.keys.KeyScheduleHandshake;
import dev.parley.handshake.keys.TranscriptHash;
import dev.parley.handshake.message.EncryptedExtensions;
import dev.parley.handshake.message.Handshake;
import dev.parley.record.TlsException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * WAIT_EE (RFC 8446 Appendix A.1): the first message under the server's handshake keys answers
 * the extensions that need no key exchange (RFC 8446 §4.3.1). A resumed handshake then goes
 * straight to the server's Finished; a full one expects the server's certificate.
 */
final class WaitEncryptedExtensions implements ClientState {

    private static final String NAME = "WAIT_EE";

    private final ClientSetup setup;
    private final Offered offered;
    private final Negotiated negotiated;
    private final KeyScheduleHandshake keys;
    private final TranscriptHash transcript;

    WaitEncryptedExtensions(ClientSetup setup, Offered offered, Negotiated negotiated, KeyScheduleHandshake keys,
                            TranscriptHash transcript) {
        this.setup = setup;
        this.offered = offered;
        this.negotiated = negotiated;
        this.keys = keys;
        this.transcript = transcript;
    }

    @Override
    public ClientState handle(HandshakeContext cx, Handshake frame) throws TlsException {
        EncryptedExtensions extensions = ServerMessages.expect(frame, HandshakeType.ENCRYPTED_EXTENSIONS,
                EncryptedExtensions.class, negotiated.hashLength(), NAME);
        // RFC 8446 §4.2 and §4.3.1: only answers to what we sent, and only those EncryptedExtensions may carry.
        ExtensionRules.checkAnswers(extensions.extensions(), offered.extensionTypes(),
                ExtensionRules.ENCRYPTED_EXTENSIONS, Set.of(), "EncryptedExtensions");
        // RFC 6066 §3: the server acknowledges our server_name with an empty extension.
        extensions.extension(Empty.SERVER_NAME);
        // RFC 8446 §4.2.7: the server's supported_groups are for later connections; read, not used.
        extensions.extension(NamedGroupList.EXTENSION);
        Optional<RecordSizeLimit> limit = extensions.extension(RecordSizeLimit.EXTENSION);
        if (limit.isPresent()) {
            // RFC 8449 §4: the server's limit bounds the records we send it.
            cx.peerRecordSizeLimit(limit.get().recordSizeLimit());
        }
        Negotiated withProtocol = negotiated.withApplicationProtocol(applicationProtocol(extensions));
        transcript.add(frame.encoded());
        if (withProtocol.resumed()) {
            // RFC 8446 §2.2: with a PSK the server authenticates by its Finished alone.
            return new WaitFinished(setup, withProtocol, keys, transcript, Optional.empty(),
                    Optional.empty(), withProtocol.resumedPeerChain().orElseThrow());
        }
        return new WaitCertificateOrCertificateRequest(setup, offered, withProtocol, keys, transcript);
    }

    /** The protocol the server selected: exactly one, and one we offered (RFC 7301 §3.1, §3.2). */
    private Optional<String> applicationProtocol(EncryptedExtensions extensions) throws TlsException {
        Optional<ProtocolNameList> answer = extensions.extension(ProtocolNameList.EXTENSION);
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        if (answer.get().protocolNameList().size() != 1) {
            // RFC 7301 §3.1: the server's ProtocolNameList "MUST contain exactly one "ProtocolName"".
            throw new TlsException(HandshakeFailure.ALPN_ANSWER_NOT_ONE_PROTOCOL,
                    "the server's ALPN answer names " + answer.get().protocolNameList().size() + " protocols");
        }
        Bytes protocol = answer.get().protocolNameList().get(0);
        if (!offered.applicationProtocols().contains(protocol)) {
            // RFC 7301 §3.2: the client aborts if the server selected a protocol it did not offer.
            throw new TlsException(HandshakeFailure.ALPN_PROTOCOL_NOT_OFFERED,
                    "the server selected the application protocol " + protocol + ", which we did not offer");
        }
        return Optional.of(new String(protocol.toByteArray(), StandardCharsets.UTF_8));
    }
}
