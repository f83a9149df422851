package dev.parley.handshake.extension;

import dev.parley.record.wire.CodecProperties;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The codec laws (STYLE.md §12) for every typed extension, checked on whole extensions (type,
 * length, data) through each {@link ExtensionCodec}: several bodies run to the end of their
 * extension (padding, the status request of an unknown type), so only the extension's own length
 * makes every truncation detectable. Then each body codec and the raw codecs meet arbitrary bytes.
 */
class ExtensionCodecPropertiesTest {

    /** Each law checks every truncation of a value, so fewer values than jqwik's default suffice. */
    private static final int LAW_TRIES = 200;

    @Property(tries = LAW_TRIES)
    void serverNameList(@ForAll("serverNameLists") ServerNameList value) {
        CodecProperties.assertCodecLaws(ServerNameList.EXTENSION, value);
    }

    @Property(tries = LAW_TRIES)
    void namedGroupList(@ForAll("namedGroupLists") NamedGroupList value) {
        CodecProperties.assertCodecLaws(NamedGroupList.EXTENSION, value);
    }

    @Property(tries = LAW_TRIES)
    void signatureAlgorithms(@ForAll("signatureSchemeLists") SignatureSchemeList value) {
        CodecProperties.assertCodecLaws(SignatureSchemeList.SIGNATURE_ALGORITHMS, value);
        CodecProperties.assertCodecLaws(SignatureSchemeList.SIGNATURE_ALGORITHMS_CERT, value);
    }

    @Property(tries = LAW_TRIES)
    void keyShareClientHello(@ForAll("keyShareClientHellos") KeyShareClientHello value) {
        CodecProperties.assertCodecLaws(KeyShareClientHello.EXTENSION, value);
    }

    @Property(tries = LAW_TRIES)
    void keyShareServerHello(@ForAll("keyShareServerHellos") KeyShareServerHello value) {
        CodecProperties.assertCodecLaws(KeyShareServerHello.EXTENSION, value);
    }

    @Property(tries = LAW_TRIES)
    void keyShareHelloRetryRequest(@ForAll("keyShareHelloRetryRequests") KeyShareHelloRetryRequest value) {
        CodecProperties.assertCodecLaws(KeyShareHelloRetryRequest.EXTENSION, value);
    }

    @Property(tries = LAW_TRIES)
    void supportedVersionsClientHello(@ForAll("supportedVersionsClientHellos") SupportedVersionsClientHello value) {
        CodecProperties.assertCodecLaws(SupportedVersionsClientHello.EXTENSION, value);
    }

    @Property(tries = LAW_TRIES)
    void supportedVersionsServerHello(@ForAll("supportedVersionsServerHellos") SupportedVersionsServerHello value) {
        CodecProperties.assertCodecLaws(SupportedVersionsServerHello.EXTENSION, value);
    }

    @Property(tries = LAW_TRIES)
    void pskKeyExchangeModes(@ForAll("pskKeyExchangeModes") PskKeyExchangeModes value) {
        CodecProperties.assertCodecLaws(PskKeyExchangeModes.EXTENSION, value);
    }

    @Property(tries = LAW_TRIES)
    void offeredPsks(@ForAll("offeredPsks") OfferedPsks value) {
        CodecProperties.assertCodecLaws(OfferedPsks.EXTENSION, value);
    }

    @Property(tries = LAW_TRIES)
    void preSharedKeyServerHello(@ForAll("preSharedKeyServerHellos") PreSharedKeyServerHello value) {
        CodecProperties.assertCodecLaws(PreSharedKeyServerHello.EXTENSION, value);
    }

    @Property(tries = LAW_TRIES)
    void earlyDataIndication(@ForAll("earlyDataIndications") EarlyDataIndication value) {
        CodecProperties.assertCodecLaws(EarlyDataIndication.EXTENSION, value);
    }

    @Property(tries = 10)
    void emptyBodies() {
        CodecProperties.assertCodecLaws(Empty.EARLY_DATA, Empty.INSTANCE);
        CodecProperties.assertCodecLaws(Empty.SERVER_NAME, Empty.INSTANCE);
        CodecProperties.assertCodecLaws(Empty.STATUS_REQUEST, Empty.INSTANCE);
        CodecProperties.assertCodecLaws(Empty.POST_HANDSHAKE_AUTH, Empty.INSTANCE);
    }

    @Property(tries = LAW_TRIES)
    void cookie(@ForAll("cookies") Cookie value) {
        CodecProperties.assertCodecLaws(Cookie.EXTENSION, value);
    }

    @Property(tries = LAW_TRIES)
    void protocolNameList(@ForAll("protocolNameLists") ProtocolNameList value) {
        CodecProperties.assertCodecLaws(ProtocolNameList.EXTENSION, value);
    }

    @Property(tries = LAW_TRIES)
    void certificateStatusRequest(@ForAll("certificateStatusRequests") CertificateStatusRequest value) {
        CodecProperties.assertCodecLaws(CertificateStatusRequest.EXTENSION, value);
    }

    @Property(tries = LAW_TRIES)
    void certificateStatus(@ForAll("certificateStatuses") CertificateStatus value) {
        CodecProperties.assertCodecLaws(CertificateStatus.EXTENSION, value);
    }

    @Property(tries = LAW_TRIES)
    void certificateAuthorities(@ForAll("certificateAuthorities") CertificateAuthoritiesExtension value) {
        CodecProperties.assertCodecLaws(CertificateAuthoritiesExtension.EXTENSION, value);
    }

    @Property(tries = LAW_TRIES)
    void recordSizeLimit(@ForAll("recordSizeLimits") RecordSizeLimit value) {
        CodecProperties.assertCodecLaws(RecordSizeLimit.EXTENSION, value);
    }

    @Property(tries = 100)
    void padding(@ForAll("paddings") Padding value) {
        CodecProperties.assertCodecLaws(Padding.EXTENSION, value);
    }

    @Property(tries = LAW_TRIES)
    void rawExtension(@ForAll("extensions") Extension value) {
        CodecProperties.assertCodecLaws(Extension.CODEC, value);
    }

    @Property(tries = LAW_TRIES)
    void ocspStatusRequest(@ForAll("ocspStatusRequests") OcspStatusRequest value) {
        CodecProperties.assertCodecLaws(OcspStatusRequest.CODEC, value);
    }

    @Property(tries = 500)
    void everyBodyCodecDecodesArbitraryBytesCleanly(@ForAll @Size(max = 80) byte[] input) {
        CodecProperties.assertDecodesOrFailsCleanly(Extension.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(Extensions.codec(0, 0xFFFF), input);
        CodecProperties.assertDecodesOrFailsCleanly(ServerNameList.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(ServerName.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(NamedGroupList.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(SignatureSchemeList.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(KeyShareEntry.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(KeyShareClientHello.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(KeyShareServerHello.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(KeyShareHelloRetryRequest.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(SupportedVersionsClientHello.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(SupportedVersionsServerHello.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(PskKeyExchangeModes.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(PskIdentity.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(OfferedPsks.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(PreSharedKeyServerHello.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(EarlyDataIndication.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(Empty.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(Cookie.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(ProtocolNameList.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(OcspStatusRequest.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(CertificateStatusRequest.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(CertificateStatus.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(CertificateAuthoritiesExtension.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(RecordSizeLimit.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(Padding.CODEC, input);
    }

    @Property(tries = 500)
    void everyExtensionCodecDecodesArbitraryBytesCleanly(@ForAll @Size(max = 80) byte[] input) {
        for (ExtensionCodec<?> codec : ExtensionCodecs.ALL) {
            CodecProperties.assertDecodesOrFailsCleanly(codec, input);
        }
    }

    @Provide
    Arbitrary<ServerNameList> serverNameLists() {
        return ExtensionArbitraries.serverNameLists();
    }

    @Provide
    Arbitrary<NamedGroupList> namedGroupLists() {
        return ExtensionArbitraries.namedGroupLists();
    }

    @Provide
    Arbitrary<SignatureSchemeList> signatureSchemeLists() {
        return ExtensionArbitraries.signatureSchemeLists();
    }

    @Provide
    Arbitrary<KeyShareClientHello> keyShareClientHellos() {
        return ExtensionArbitraries.keyShareClientHellos();
    }

    @Provide
    Arbitrary<KeyShareServerHello> keyShareServerHellos() {
        return ExtensionArbitraries.keyShareServerHellos();
    }

    @Provide
    Arbitrary<KeyShareHelloRetryRequest> keyShareHelloRetryRequests() {
        return ExtensionArbitraries.keyShareHelloRetryRequests();
    }

    @Provide
    Arbitrary<SupportedVersionsClientHello> supportedVersionsClientHellos() {
        return ExtensionArbitraries.supportedVersionsClientHellos();
    }

    @Provide
    Arbitrary<SupportedVersionsServerHello> supportedVersionsServerHellos() {
        return ExtensionArbitraries.supportedVersionsServerHellos();
    }

    @Provide
    Arbitrary<PskKeyExchangeModes> pskKeyExchangeModes() {
        return ExtensionArbitraries.pskKeyExchangeModes();
    }

    @Provide
    Arbitrary<OfferedPsks> offeredPsks() {
        return ExtensionArbitraries.offeredPsks();
    }

    @Provide
    Arbitrary<PreSharedKeyServerHello> preSharedKeyServerHellos() {
        return ExtensionArbitraries.preSharedKeyServerHellos();
    }

    @Provide
    Arbitrary<EarlyDataIndication> earlyDataIndications() {
        return ExtensionArbitraries.earlyDataIndications();
    }

    @Provide
    Arbitrary<Cookie> cookies() {
        return ExtensionArbitraries.cookies();
    }

    @Provide
    Arbitrary<ProtocolNameList> protocolNameLists() {
        return ExtensionArbitraries.protocolNameLists();
    }

    @Provide
    Arbitrary<CertificateStatusRequest> certificateStatusRequests() {
        return ExtensionArbitraries.certificateStatusRequests();
    }

    @Provide
    Arbitrary<CertificateStatus> certificateStatuses() {
        return ExtensionArbitraries.certificateStatuses();
    }

    @Provide
    Arbitrary<CertificateAuthoritiesExtension> certificateAuthorities() {
        return ExtensionArbitraries.certificateAuthorities();
    }

    @Provide
    Arbitrary<RecordSizeLimit> recordSizeLimits() {
        return ExtensionArbitraries.recordSizeLimits();
    }

    @Provide
    Arbitrary<Padding> paddings() {
        return ExtensionArbitraries.paddings();
    }

    @Provide
    Arbitrary<Extension> extensions() {
        return ExtensionArbitraries.extensions();
    }

    @Provide
    Arbitrary<OcspStatusRequest> ocspStatusRequests() {
        return ExtensionArbitraries.ocspStatusRequests();
    }
}
