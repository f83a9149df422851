package dev.parley.handshake.client;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.Grease;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.handshake.extension.CertificateStatusRequest;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.KeyShareClientHello;
import dev.parley.handshake.extension.KeyShareEntry;
import dev.parley.handshake.extension.NamedGroupList;
import dev.parley.handshake.extension.ProtocolNameList;
import dev.parley.handshake.extension.ServerNameList;
import dev.parley.handshake.extension.SignatureSchemeList;
import dev.parley.handshake.extension.SupportedVersionsClientHello;
import dev.parley.handshake.message.ClientHello;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.wire.DecodeFailure;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one of our ClientHellos offered, read back from the hello itself, without GREASE values
 * (RFC 8701 §3.2: a GREASE value the server selects is one we never really offered). The server's
 * answers are checked against this.
 *
 * <p>Reading the offer from the hello keeps both in step: whatever the hello carried is what the
 * checks allow, and nothing else.
 *
 * @param legacySessionId the legacy_session_id the server must echo (RFC 8446 §4.1.3)
 * @param cipherSuites the TLS 1.3 suites offered
 * @param versions supported_versions
 * @param supportedGroups supported_groups
 * @param keyShareGroups the groups key_share carries a share for
 * @param signatureSchemes signature_algorithms
 * @param applicationProtocols the ALPN protocol names, empty without ALPN
 * @param serverName the host name sent in server_name, if any
 * @param statusRequest whether status_request asked for an OCSP staple
 * @param extensionTypes the extension types a server may answer; early_data is never among them,
 *        since this client sends no early data (only RFC 8448 replays hand it such a hello)
 * @param pskIdentities how many PSK identities pre_shared_key offered
 */
record Offered(Bytes legacySessionId, List<CipherSuite> cipherSuites, List<ProtocolVersion> versions,
               List<NamedGroup> supportedGroups, Set<NamedGroup> keyShareGroups,
               List<SignatureScheme> signatureSchemes, List<Bytes> applicationProtocols,
               Optional<String> serverName, boolean statusRequest, Set<ExtensionType> extensionTypes,
               int pskIdentities) {

    Offered {
        cipherSuites = List.copyOf(cipherSuites);
        versions = List.copyOf(versions);
        supportedGroups = List.copyOf(supportedGroups);
        keyShareGroups = Set.copyOf(keyShareGroups);
        signatureSchemes = List.copyOf(signatureSchemes);
        applicationProtocols = List.copyOf(applicationProtocols);
        extensionTypes = Set.copyOf(extensionTypes);
    }

    /** The offer {@code hello} makes. */
    static Offered of(ClientHello hello) throws DecodeFailure {
        List<CipherSuite> suites = hello.cipherSuites().stream().filter(CipherSuite::isTls13).toList();
        List<ProtocolVersion> versions = hello.extension(SupportedVersionsClientHello.EXTENSION)
                .map(SupportedVersionsClientHello::versions).orElse(List.of()).stream()
                .filter(version -> !Grease.isGrease(version.code())).toList();
        List<NamedGroup> groups = hello.extension(NamedGroupList.EXTENSION)
                .map(NamedGroupList::namedGroupList).orElse(List.of()).stream()
                .filter(group -> !group.isGrease()).toList();
        Set<NamedGroup> shareGroups = hello.extension(KeyShareClientHello.EXTENSION)
                .map(KeyShareClientHello::clientShares).orElse(List.of()).stream()
                .map(KeyShareEntry::group).filter(group -> !group.isGrease()).collect(Collectors.toSet());
        List<SignatureScheme> schemes = hello.extension(SignatureSchemeList.SIGNATURE_ALGORITHMS)
                .map(SignatureSchemeList::supportedSignatureAlgorithms).orElse(List.of()).stream()
                .filter(scheme -> !scheme.isGrease()).toList();
        List<Bytes> protocols = hello.extension(ProtocolNameList.EXTENSION)
                .map(ProtocolNameList::protocolNameList).orElse(List.of()).stream()
                .filter(name -> !Grease.isGreaseProtocolName(name)).toList();
        Optional<String> serverName = hello.extension(ServerNameList.EXTENSION).flatMap(ServerNameList::hostName);
        boolean statusRequest = hello.extension(CertificateStatusRequest.EXTENSION).isPresent();
        Set<ExtensionType> types = hello.extensions().stream().map(Extension::extensionType)
                .filter(type -> !type.isGrease() && !type.equals(ExtensionType.EARLY_DATA))
                .collect(Collectors.toSet());
        int identities = hello.offeredPsks().map(offer -> offer.identities().size()).orElse(0);
        return new Offered(hello.legacySessionId(), suites, versions, groups, shareGroups, schemes, protocols,
                serverName, statusRequest, types, identities);
    }

    /** Whether pre_shared_key offered at least one PSK. */
    boolean offeredPsk() {
        return pskIdentities > 0;
    }
}
