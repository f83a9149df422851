package dev.parley.handshake.extension;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.codepoint.CertificateStatusType;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.Grease;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.codepoint.PskKeyExchangeMode;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.record.ProtocolVersion;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of valid extension values, shared by the extension and message property
 * tests. Every value they make must be decodable after encoding, so they respect the syntax rules
 * the decoders enforce (vector bounds, no duplicates, ASCII host names) and nothing more.
 */
public final class ExtensionArbitraries {

    private ExtensionArbitraries() {
    }

    public static Arbitrary<Bytes> bytes(int min, int max) {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(min).ofMaxSize(max).map(Bytes::wrap);
    }

    /** Any two-byte code point, biased towards GREASE values and small ones. */
    public static Arbitrary<Integer> code16() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, 0xFFFF)),
                Tuple.of(1, Arbitraries.of(Grease.VALUES)),
                Tuple.of(1, Arbitraries.integers().between(0, 0x40)));
    }

    public static Arbitrary<NamedGroup> namedGroups() {
        return code16().map(NamedGroup::new);
    }

    public static Arbitrary<SignatureScheme> signatureSchemes() {
        return code16().map(SignatureScheme::new);
    }

    public static Arbitrary<CipherSuite> cipherSuites() {
        return code16().map(CipherSuite::new);
    }

    public static Arbitrary<ProtocolVersion> protocolVersions() {
        return code16().map(ProtocolVersion::new);
    }

    public static Arbitrary<ExtensionType> extensionTypes() {
        return code16().map(ExtensionType::new);
    }

    /** A raw extension of any type but pre_shared_key, which only comes last in a ClientHello. */
    public static Arbitrary<Extension> extensions() {
        return Combinators.combine(extensionTypes().filter(t -> !t.equals(ExtensionType.PRE_SHARED_KEY)),
                bytes(0, 24)).as(Extension::new);
    }

    /** An extension block: distinct types, pre_shared_key excluded. */
    public static Arbitrary<List<Extension>> extensionBlocks(int minSize, int maxSize) {
        return extensions().list().ofMinSize(minSize).ofMaxSize(maxSize).uniqueElements(Extension::extensionType);
    }

    public static Arbitrary<ServerName> serverNames() {
        Arbitrary<ServerName> hostNames = Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(40)
                .filter(name -> !name.endsWith("."))
                .map(ServerName::hostName);
        Arbitrary<ServerName> others = Combinators.combine(Arbitraries.integers().between(1, 255), bytes(0, 16))
                .as(ServerName::new);
        return Arbitraries.oneOf(hostNames, others);
    }

    public static Arbitrary<ServerNameList> serverNameLists() {
        return serverNames().list().ofMinSize(1).ofMaxSize(3).uniqueElements(ServerName::nameType)
                .map(ServerNameList::new);
    }

    public static Arbitrary<NamedGroupList> namedGroupLists() {
        return namedGroups().list().ofMinSize(1).ofMaxSize(20).map(NamedGroupList::new);
    }

    public static Arbitrary<SignatureSchemeList> signatureSchemeLists() {
        return signatureSchemes().list().ofMinSize(1).ofMaxSize(20).map(SignatureSchemeList::new);
    }

    public static Arbitrary<KeyShareEntry> keyShareEntries() {
        return Combinators.combine(namedGroups(), bytes(1, 70)).as(KeyShareEntry::new);
    }

    public static Arbitrary<KeyShareClientHello> keyShareClientHellos() {
        return keyShareEntries().list().ofMaxSize(4).uniqueElements(KeyShareEntry::group).map(KeyShareClientHello::new);
    }

    public static Arbitrary<KeyShareServerHello> keyShareServerHellos() {
        return keyShareEntries().map(KeyShareServerHello::new);
    }

    public static Arbitrary<KeyShareHelloRetryRequest> keyShareHelloRetryRequests() {
        return namedGroups().map(KeyShareHelloRetryRequest::new);
    }

    public static Arbitrary<SupportedVersionsClientHello> supportedVersionsClientHellos() {
        return protocolVersions().list().ofMinSize(1).ofMaxSize(127).map(SupportedVersionsClientHello::new);
    }

    public static Arbitrary<SupportedVersionsServerHello> supportedVersionsServerHellos() {
        return protocolVersions().map(SupportedVersionsServerHello::new);
    }

    public static Arbitrary<PskKeyExchangeModes> pskKeyExchangeModes() {
        return Arbitraries.integers().between(0, 255).map(PskKeyExchangeMode::new)
                .list().ofMinSize(1).ofMaxSize(10).map(PskKeyExchangeModes::new);
    }

    public static Arbitrary<PskIdentity> pskIdentities() {
        return Combinators.combine(bytes(1, 40), Arbitraries.longs().between(0, 0xFFFFFFFFL)).as(PskIdentity::new);
    }

    public static Arbitrary<OfferedPsks> offeredPsks() {
        return Arbitraries.integers().between(1, 3).flatMap(count -> Combinators.combine(
                pskIdentities().list().ofSize(count), bytes(32, 48).list().ofSize(count)).as(OfferedPsks::new));
    }

    public static Arbitrary<PreSharedKeyServerHello> preSharedKeyServerHellos() {
        return Arbitraries.integers().between(0, 0xFFFF).map(PreSharedKeyServerHello::new);
    }

    public static Arbitrary<EarlyDataIndication> earlyDataIndications() {
        return Arbitraries.longs().between(0, 0xFFFFFFFFL).map(EarlyDataIndication::new);
    }

    public static Arbitrary<Cookie> cookies() {
        return bytes(1, 60).map(Cookie::new);
    }

    public static Arbitrary<ProtocolNameList> protocolNameLists() {
        return bytes(1, 12).list().ofMinSize(1).ofMaxSize(5).map(ProtocolNameList::new);
    }

    public static Arbitrary<OcspStatusRequest> ocspStatusRequests() {
        return Combinators.combine(bytes(1, 20).list().ofMaxSize(3), bytes(0, 20)).as(OcspStatusRequest::new);
    }

    public static Arbitrary<CertificateStatusRequest> certificateStatusRequests() {
        Arbitrary<CertificateStatusRequest> ocsp = ocspStatusRequests().map(CertificateStatusRequest::ocsp);
        Arbitrary<CertificateStatusRequest> other = Combinators.combine(
                Arbitraries.integers().between(2, 255).map(CertificateStatusType::new), bytes(0, 20))
                .as(CertificateStatusRequest::new);
        return Arbitraries.oneOf(ocsp, other);
    }

    public static Arbitrary<CertificateStatus> certificateStatuses() {
        Arbitrary<CertificateStatus> ocsp = bytes(1, 60).map(CertificateStatus::ocsp);
        Arbitrary<CertificateStatus> other = Combinators.combine(
                Arbitraries.integers().between(2, 255).map(CertificateStatusType::new), bytes(0, 20))
                .as(CertificateStatus::new);
        return Arbitraries.oneOf(ocsp, other);
    }

    public static Arbitrary<CertificateAuthoritiesExtension> certificateAuthorities() {
        return bytes(1, 30).list().ofMinSize(1).ofMaxSize(4).map(CertificateAuthoritiesExtension::new);
    }

    public static Arbitrary<RecordSizeLimit> recordSizeLimits() {
        return Arbitraries.integers().between(RecordSizeLimit.MINIMUM, 0xFFFF).map(RecordSizeLimit::new);
    }

    public static Arbitrary<Padding> paddings() {
        return Arbitraries.integers().between(0, 300).map(Padding::new);
    }
}
