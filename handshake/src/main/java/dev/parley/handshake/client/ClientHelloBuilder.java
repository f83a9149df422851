package dev.parley.handshake.client;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.KeyAgreementAlgorithm;
import dev.parley.crypto.KeyShare;
import dev.parley.crypto.RandomSource;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.ResumptionTicket;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.codepoint.PskKeyExchangeMode;
import dev.parley.handshake.engine.HandshakeContext;
import dev.parley.handshake.extension.CertificateStatusRequest;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.KeyShareClientHello;
import dev.parley.handshake.extension.KeyShareEntry;
import dev.parley.handshake.extension.NamedGroupList;
import dev.parley.handshake.extension.OcspStatusRequest;
import dev.parley.handshake.extension.OfferedPsks;
import dev.parley.handshake.extension.ProtocolNameList;
import dev.parley.handshake.extension.PskKeyExchangeModes;
import dev.parley.handshake.extension.RecordSizeLimit;
import dev.parley.handshake.extension.ServerNameList;
import dev.parley.handshake.extension.SignatureSchemeList;
import dev.parley.handshake.extension.SupportedVersionsClientHello;
import dev.parley.handshake.message.ClientHello;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.TlsException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the first ClientHello (RFC 8446 §4.1.2) from the configuration.
 *
 * <p>Randomness is drawn in a fixed order, so that a replayed random source reproduces a hello
 * byte for byte (RFC 8448): the random (32 bytes), the legacy_session_id (32 bytes, in middlebox
 * compatibility mode only, §D.4), the GREASE values (6 bytes, when GREASE is on), then one key
 * share per key share group, in the configured order.
 *
 * <p>Extensions go in one fixed order, NSS's (the order of RFC 8448's hellos), with the GREASE
 * extensions where BoringSSL puts them:
 * <pre>
 *  GREASE (empty), server_name, supported_groups, application_layer_protocol_negotiation,
 *  status_request, key_share, supported_versions, signature_algorithms, [cookie],
 *  psk_key_exchange_modes, record_size_limit, GREASE (1 byte), [padding], [pre_shared_key]
 * </pre>
 * Optional ones are left out when unused: server_name without a host name, ALPN without
 * protocols, status_request when no staple is wanted, cookie except after a HelloRetryRequest,
 * padding outside 256..511 bytes ({@link HelloPadding}), pre_shared_key when not resuming.
 * psk_key_exchange_modes ([psk_dhe_ke]) is always sent, as OpenSSL does, because servers issue
 * tickets only to clients that send it (RFC 8446 §4.2.9); record_size_limit (2^14 + 1, RFC 8449 §4)
 * is always sent, so a server may tell us its own limit. renegotiation_info and session_ticket,
 * which NSS adds in RFC 8448, are TLS 1.2 extensions and are not sent.
 */
final class ClientHelloBuilder {

    /** RFC 8449 §4: in TLS 1.3 a record may hold 2^14 bytes of content plus its content type. */
    static final int RECORD_SIZE_LIMIT = (1 << 14) + 1;

    private ClientHelloBuilder() {
    }

    /**
     * The first ClientHello, offering {@code ticket} if there is one (its binder still a
     * placeholder of zeros; {@link ClientHandshake} fills it in over the hello's own bytes).
     *
     * @param hostName the host name for server_name, already checked to be one
     */
    static ClientOffer first(HandshakeContext cx, Optional<String> hostName, Optional<ResumptionTicket> ticket)
            throws TlsException {
        EngineConfig config = cx.config();
        RandomSource random = cx.crypto().random();
        // RFC 8446 §4.1.2: 32 bytes from a secure random source.
        Bytes clientRandom = Bytes.wrap(random.bytes(ClientHello.RANDOM_LENGTH));
        // RFC 8446 §D.4: in compatibility mode the session id is a fresh 32-byte value.
        Bytes sessionId = config.middleboxCompatibility() ? Bytes.wrap(random.bytes(32)) : Bytes.EMPTY;
        Optional<GreasePicks> grease = config.grease() ? Optional.of(GreasePicks.draw(random)) : Optional.empty();
        Map<NamedGroup, KeyShare> shares = generateShares(cx, config.keyShareGroups());
        List<Extension> extensions = extensions(config, hostName, grease, shares);
        Optional<PskOffer> psk = Optional.empty();
        if (ticket.isPresent()) {
            PskOffer offer = PskOffer.of(cx.crypto(), ticket.get());
            // RFC 8446 §4.2.11: pre_shared_key is the last extension; its binder is filled in later.
            extensions.add(OfferedPsks.EXTENSION.toExtension(new OfferedPsks(
                    List.of(offer.identity(cx.clock().instant())),
                    List.of(Bytes.wrap(new byte[offer.hash().outputLength()])))));
            psk = Optional.of(offer);
        }
        List<CipherSuite> suites = greased(grease.map(GreasePicks::cipherSuite),
                config.cipherSuites().stream().filter(CipherSuite::isTls13).toList());
        // RFC 8446 §4.1.2: legacy_version 0x0303 and the single null compression method.
        ClientHello hello = new ClientHello(ProtocolVersion.TLS12, clientRandom, sessionId, suites,
                Bytes.of((byte) 0), extensions);
        return ClientOffer.of(HelloPadding.pad(hello), shares, psk);
    }

    /** Every extension before pre_shared_key, in the documented order. */
    private static List<Extension> extensions(EngineConfig config, Optional<String> hostName,
                                              Optional<GreasePicks> grease, Map<NamedGroup, KeyShare> shares) {
        List<Extension> extensions = new ArrayList<>();
        grease.ifPresent(g -> extensions.add(g.emptyExtensionValue()));
        // RFC 6066 §3: server_name carries host names only, never IP literals.
        hostName.ifPresent(name -> extensions.add(ServerNameList.EXTENSION.toExtension(ServerNameList.ofHostName(name))));
        extensions.add(NamedGroupList.EXTENSION.toExtension(new NamedGroupList(
                greased(grease.map(GreasePicks::group), config.groups()))));
        if (!config.applicationProtocols().isEmpty()) {
            extensions.add(ProtocolNameList.EXTENSION.toExtension(
                    ProtocolNameList.of(config.applicationProtocols().toArray(String[]::new))));
        }
        if (config.requestOcspStaple()) {
            // RFC 6066 §8: an ocsp request naming no responders and no request extensions.
            extensions.add(CertificateStatusRequest.EXTENSION.toExtension(
                    CertificateStatusRequest.ocsp(OcspStatusRequest.EMPTY)));
        }
        extensions.add(KeyShareClientHello.EXTENSION.toExtension(new KeyShareClientHello(
                greased(grease.map(GreasePicks::keyShare), shareEntries(shares)))));
        extensions.add(SupportedVersionsClientHello.EXTENSION.toExtension(new SupportedVersionsClientHello(
                greased(grease.map(GreasePicks::version), config.versions()))));
        extensions.add(SignatureSchemeList.SIGNATURE_ALGORITHMS.toExtension(new SignatureSchemeList(
                greased(grease.map(GreasePicks::signatureScheme), config.signatureSchemes()))));
        extensions.add(PskKeyExchangeModes.EXTENSION.toExtension(
                new PskKeyExchangeModes(List.of(PskKeyExchangeMode.PSK_DHE_KE))));
        extensions.add(RecordSizeLimit.EXTENSION.toExtension(new RecordSizeLimit(RECORD_SIZE_LIMIT)));
        grease.ifPresent(g -> extensions.add(g.oneByteExtensionValue()));
        return extensions;
    }

    /** One fresh key share per group, in order (RFC 8446 §4.2.8). */
    static Map<NamedGroup, KeyShare> generateShares(HandshakeContext cx, List<NamedGroup> groups)
            throws TlsException {
        Map<NamedGroup, KeyShare> shares = new LinkedHashMap<>();
        for (NamedGroup group : groups) {
            shares.put(group, generateShare(cx, group, HandshakeFailure.CLIENT_CONFIG_UNUSABLE));
        }
        return shares;
    }

    /** A fresh key share in {@code group}, or {@code unimplemented} if Parley cannot compute it. */
    static KeyShare generateShare(HandshakeContext cx, NamedGroup group, HandshakeFailure unimplemented)
            throws TlsException {
        Optional<KeyAgreementAlgorithm> algorithm = group.keyAgreement();
        if (algorithm.isEmpty()) {
            throw new TlsException(unimplemented, "Parley has no key agreement for " + group);
        }
        return cx.crypto().keyAgreement(algorithm.get()).generate();
    }

    /** The key_share entries for {@code shares}, in their order. */
    static List<KeyShareEntry> shareEntries(Map<NamedGroup, KeyShare> shares) {
        List<KeyShareEntry> entries = new ArrayList<>();
        shares.forEach((group, share) -> entries.add(new KeyShareEntry(group, Bytes.wrap(share.publicShare()))));
        return entries;
    }

    private static <T> List<T> greased(Optional<T> grease, List<T> values) {
        List<T> all = new ArrayList<>();
        grease.ifPresent(all::add);
        all.addAll(values);
        return all;
    }
}
