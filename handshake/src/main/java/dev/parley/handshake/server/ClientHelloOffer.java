package dev.parley.handshake.server;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.CertificateStatusType;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.codepoint.PskKeyExchangeMode;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.handshake.extension.CertificateStatusRequest;
import dev.parley.handshake.extension.Empty;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.Extensions;
import dev.parley.handshake.extension.KeyShareClientHello;
import dev.parley.handshake.extension.KeyShareEntry;
import dev.parley.handshake.extension.NamedGroupList;
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
import dev.parley.x509.identity.IpLiteral;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a TLS 1.3 ClientHello offers, read once through the typed extension codecs and checked
 * against the rules RFC 8446 gives a server for every ClientHello, before anything is chosen:
 * the version (§4.2.1, Appendix D.5), the compression methods (§4.1.2), extensions that have no
 * place in a ClientHello (§4.2), the mandatory extensions (§9.2, §4.2.9) and the key shares
 * (§4.2.8). Unknown extensions and GREASE values (RFC 8701) pass untouched: they simply never
 * match anything of ours.
 *
 * @param hello the ClientHello itself
 * @param supportedGroups supported_groups, empty if absent
 * @param keyShares key_share, if present (its list may be empty: the client asks for a retry)
 * @param signatureSchemes signature_algorithms, if present
 * @param serverName the SNI host name in lower case; empty if none, or if it was an IP literal
 * @param applicationProtocols the ALPN protocol names, if the client sent ALPN
 * @param pskModes psk_key_exchange_modes, empty if absent
 * @param offeredPsks pre_shared_key, if present
 * @param earlyData whether the client announced early data (RFC 8446 §4.2.10)
 * @param ocspStapleRequested whether status_request asks for an OCSP staple (RFC 6066 §8)
 * @param recordSizeLimit the client's record_size_limit (RFC 8449), if sent
 */
record ClientHelloOffer(ClientHello hello, List<NamedGroup> supportedGroups, Optional<KeyShareClientHello> keyShares,
                        Optional<List<SignatureScheme>> signatureSchemes, Optional<String> serverName,
                        Optional<List<Bytes>> applicationProtocols, List<PskKeyExchangeMode> pskModes,
                        Optional<OfferedPsks> offeredPsks, boolean earlyData, boolean ocspStapleRequested,
                        Optional<Integer> recordSizeLimit) {

    ClientHelloOffer {
        Objects.requireNonNull(hello, "hello");
        supportedGroups = List.copyOf(supportedGroups);
        pskModes = List.copyOf(pskModes);
    }

    /** Reads {@code hello} and enforces the rules every TLS 1.3 ClientHello must meet. */
    static ClientHelloOffer read(ClientHello hello) throws TlsException {
        checkVersions(hello);
        if (hello.legacyCompressionMethods().length() != 1 || hello.legacyCompressionMethods().get(0) != 0) {
            // RFC 8446 §4.1.2: a TLS 1.3 ClientHello offers exactly the null compression method.
            throw new TlsException(HandshakeFailure.COMPRESSION_METHODS_NOT_NULL,
                    "legacy_compression_methods is " + hello.legacyCompressionMethods().toHex() + ", not 00");
        }
        if (Extensions.find(hello.extensions(), ExtensionType.OID_FILTERS).isPresent()) {
            // RFC 8446 §4.2: oid_filters belongs in a CertificateRequest only.
            throw new TlsException(HandshakeFailure.EXTENSION_NOT_ALLOWED_IN_CLIENT_HELLO,
                    "the ClientHello carries oid_filters, which only a CertificateRequest may");
        }
        ClientHelloOffer offer = new ClientHelloOffer(hello,
                hello.extension(NamedGroupList.EXTENSION).map(NamedGroupList::namedGroupList).orElse(List.of()),
                hello.extension(KeyShareClientHello.EXTENSION),
                hello.extension(SignatureSchemeList.SIGNATURE_ALGORITHMS)
                        .map(SignatureSchemeList::supportedSignatureAlgorithms),
                serverName(hello),
                hello.extension(ProtocolNameList.EXTENSION).map(ProtocolNameList::protocolNameList),
                hello.extension(PskKeyExchangeModes.EXTENSION).map(PskKeyExchangeModes::keModes).orElse(List.of()),
                hello.offeredPsks(),
                hello.extension(Empty.EARLY_DATA).isPresent(),
                hello.extension(CertificateStatusRequest.EXTENSION)
                        .map(request -> request.statusType().equals(CertificateStatusType.OCSP)).orElse(false),
                hello.extension(RecordSizeLimit.EXTENSION).map(RecordSizeLimit::recordSizeLimit));
        offer.checkMandatoryExtensions();
        offer.checkKeyShareGroups();
        return offer;
    }

    /**
     * RFC 8446 Appendix D.5: a legacy_version of 0x0300 or below is fatal. Above that, §4.2.1 forbids
     * using legacy_version at all once supported_versions is present (BoGo's IgnoreLegacyVersion
     * tests check this), so only supported_versions decides, and it must offer TLS 1.3: TLS 1.2 is
     * not implemented yet, so a client without it gets protocol_version (Appendix D.2).
     */
    private static void checkVersions(ClientHello hello) throws TlsException {
        if (hello.legacyVersion().code() <= ProtocolVersion.SSL3.code()) {
            throw new TlsException(HandshakeFailure.CLIENT_OFFERS_NO_SUPPORTED_VERSION,
                    "ClientHello.legacy_version is " + hello.legacyVersion() + ", at most SSL 3.0");
        }
        List<ProtocolVersion> versions = hello.extension(SupportedVersionsClientHello.EXTENSION)
                .map(SupportedVersionsClientHello::versions).orElse(List.of());
        if (!versions.contains(ProtocolVersion.TLS13)) {
            throw new TlsException(HandshakeFailure.CLIENT_OFFERS_NO_SUPPORTED_VERSION,
                    "the client offers " + (versions.isEmpty() ? "no supported_versions (TLS 1.2 or older)"
                            : "only " + versions) + "; this server speaks TLS 1.3 only");
        }
    }

    /**
     * The host name of server_name (RFC 6066 §3), lower case. RFC 6066 §3 does not permit IP
     * literals in a HostName; some clients send them anyway (rustls #1878), so, as rustls does
     * since its PR #1881, such an extension is treated as if it were absent: an address cannot
     * select one of our names, and the connection may still succeed with the default certificate.
     */
    private static Optional<String> serverName(ClientHello hello) throws TlsException {
        Optional<String> name = hello.extension(ServerNameList.EXTENSION).flatMap(ServerNameList::hostName);
        return name.filter(host -> !IpLiteral.isIpLiteral(host)).map(host -> host.toLowerCase(Locale.ROOT));
    }

    /** RFC 8446 §9.2 and §4.2.9: the extensions a ClientHello cannot do without. */
    private void checkMandatoryExtensions() throws TlsException {
        boolean groups = hello.extension(NamedGroupList.EXTENSION).isPresent();
        if (groups != keyShares.isPresent()) {
            // RFC 8446 §9.2: supported_groups needs key_share, and vice versa.
            throw new TlsException(HandshakeFailure.MISSING_MANDATORY_EXTENSION, groups
                    ? "supported_groups without key_share" : "key_share without supported_groups");
        }
        if (offeredPsks.isEmpty() && (!groups || signatureSchemes.isEmpty())) {
            // RFC 8446 §9.2: without pre_shared_key, signature_algorithms and supported_groups are mandatory.
            throw new TlsException(HandshakeFailure.MISSING_MANDATORY_EXTENSION,
                    "a ClientHello without pre_shared_key lacks " + (groups ? "signature_algorithms" : "supported_groups"));
        }
        if (offeredPsks.isPresent() && hello.extension(PskKeyExchangeModes.EXTENSION).isEmpty()) {
            // RFC 8446 §4.2.9: pre_shared_key without psk_key_exchange_modes aborts the handshake.
            throw new TlsException(HandshakeFailure.PSK_WITHOUT_KEY_EXCHANGE_MODES,
                    "pre_shared_key offered without psk_key_exchange_modes");
        }
    }

    /** RFC 8446 §4.2.8: no key share for a group missing from supported_groups (servers may check). */
    private void checkKeyShareGroups() throws TlsException {
        for (KeyShareEntry share : keyShares.map(KeyShareClientHello::clientShares).orElse(List.of())) {
            if (!supportedGroups.contains(share.group())) {
                throw new TlsException(HandshakeFailure.KEY_SHARE_GROUP_NOT_OFFERED,
                        "a key share for " + share.group() + ", which supported_groups does not list");
            }
        }
    }

    /** The raw extensions, for comparing a second ClientHello with the first (RFC 8446 §4.1.2). */
    List<Extension> extensions() {
        return hello.extensions();
    }

    /** Whether psk_key_exchange_modes allows PSK with (EC)DHE, the only mode Parley uses (§4.2.9). */
    boolean allowsPskDheKe() {
        return pskModes.contains(PskKeyExchangeMode.PSK_DHE_KE);
    }
}
