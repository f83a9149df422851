package dev.parley.handshake.server;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.auth.OwnSignature;
import dev.parley.handshake.auth.SchemeSelection;
import dev.parley.handshake.extension.CertificateStatus;
import dev.parley.handshake.extension.Empty;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.NamedGroupList;
import dev.parley.handshake.extension.ProtocolNameList;
import dev.parley.handshake.extension.RecordSizeLimit;
import dev.parley.handshake.extension.SignatureSchemeList;
import dev.parley.handshake.keys.TranscriptHash;
import dev.parley.handshake.message.Certificate;
import dev.parley.handshake.message.CertificateEntry;
import dev.parley.handshake.message.CertificateRequest;
import dev.parley.handshake.message.EncryptedExtensions;
import dev.parley.handshake.engine.HandshakeContext;
import dev.parley.record.TlsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The part of the server's flight between ServerHello and Finished, under the handshake keys:
 * EncryptedExtensions (RFC 8446 §4.3.1), CertificateRequest (§4.3.2), Certificate (§4.4.2) and
 * CertificateVerify (§4.4.3). A resumed handshake sends only the EncryptedExtensions (§2.2).
 */
final class EncryptedFlight {

    /**
     * The record_size_limit we announce: RFC 8449 §4 caps it at 2^14 + 1 in TLS 1.3 (the plaintext
     * plus its content type byte), which is the largest record we accept anyway.
     */
    static final int OUR_RECORD_SIZE_LIMIT = (1 << 14) + 1;

    private EncryptedFlight() {
    }

    /** Sends the messages, adding each to the transcript. */
    static void send(HandshakeContext cx, ClientHelloOffer offer, Negotiated negotiated,
                     Optional<SchemeSelection.Choice> certificate, boolean requestCertificate,
                     TranscriptHash transcript) throws TlsException {
        EngineConfig config = cx.config();
        transcript.add(cx.send(new EncryptedExtensions(encryptedExtensions(config, offer, negotiated))));
        if (requestCertificate) {
            // RFC 8446 §4.3.2: an empty context in the handshake; signature_algorithms is mandatory.
            transcript.add(cx.send(new CertificateRequest(Bytes.EMPTY, List.of(
                    SignatureSchemeList.SIGNATURE_ALGORITHMS.toExtension(
                            new SignatureSchemeList(config.signatureSchemes()))))));
        }
        if (certificate.isPresent()) {
            SchemeSelection.Choice choice = certificate.get();
            transcript.add(cx.send(certificateMessage(choice, offer.ocspStapleRequested())));
            // RFC 8446 §4.4.3: the signature covers the transcript through the Certificate.
            transcript.add(cx.send(OwnSignature.sign(cx.crypto(), choice, true, transcript.snapshot())));
        }
    }

    /**
     * EncryptedExtensions: the answers to what the client asked that need no key exchange, each
     * only if the client sent the request (RFC 8446 §4.2). In the order RFC 8448 prints them:
     * supported_groups (§4.2.7 lets the server tell the client its preference for next time; NSS,
     * which made the RFC 8448 traces, always sends it), record_size_limit (RFC 8449 §4),
     * server_name, empty, when we used the client's SNI (RFC 6066 §3), and the ALPN protocol
     * (RFC 7301 §3.1). early_data is never accepted, so never acknowledged (§4.2.10).
     */
    private static List<Extension> encryptedExtensions(EngineConfig config, ClientHelloOffer offer,
                                                      Negotiated negotiated) {
        List<Extension> extensions = new ArrayList<>();
        if (!offer.supportedGroups().isEmpty()) {
            extensions.add(NamedGroupList.EXTENSION.toExtension(new NamedGroupList(config.groups())));
        }
        if (offer.recordSizeLimit().isPresent()) {
            extensions.add(RecordSizeLimit.EXTENSION.toExtension(new RecordSizeLimit(OUR_RECORD_SIZE_LIMIT)));
        }
        if (negotiated.serverName().isPresent()) {
            extensions.add(Empty.SERVER_NAME.toExtension(Empty.INSTANCE));
        }
        negotiated.applicationProtocol().ifPresent(protocol ->
                extensions.add(ProtocolNameList.EXTENSION.toExtension(ProtocolNameList.of(protocol))));
        return extensions;
    }

    /**
     * The server's Certificate (RFC 8446 §4.4.2): an empty context, the chain leaf first, and the
     * leaf's OCSP staple in its CertificateEntry when the client asked for one (§4.4.2.1).
     */
    private static Certificate certificateMessage(SchemeSelection.Choice choice, boolean ocspRequested) {
        List<CertificateEntry> entries = new ArrayList<>();
        List<dev.parley.x509.Certificate> chain = choice.key().chain();
        for (int i = 0; i < chain.size(); i++) {
            List<Extension> extensions = new ArrayList<>();
            if (i == 0 && ocspRequested) {
                choice.key().ocspResponse().ifPresent(staple -> extensions.add(
                        CertificateStatus.EXTENSION.toExtension(CertificateStatus.ocsp(staple))));
            }
            entries.add(new CertificateEntry(chain.get(i).encoded(), extensions));
        }
        return new Certificate(Bytes.EMPTY, entries);
    }
}
