package dev.parley.handshake.extension;

import java.util.List;

/** Every typed extension codec, for tests and fuzz targets that sweep them all. */
public final class ExtensionCodecs {

    /** All of them, in a fixed order (fuzz targets select one by index). */
    public static final List<ExtensionCodec<?>> ALL = List.of(
            ServerNameList.EXTENSION, Empty.SERVER_NAME, NamedGroupList.EXTENSION,
            SignatureSchemeList.SIGNATURE_ALGORITHMS, SignatureSchemeList.SIGNATURE_ALGORITHMS_CERT,
            KeyShareClientHello.EXTENSION, KeyShareServerHello.EXTENSION, KeyShareHelloRetryRequest.EXTENSION,
            SupportedVersionsClientHello.EXTENSION, SupportedVersionsServerHello.EXTENSION,
            PskKeyExchangeModes.EXTENSION, OfferedPsks.EXTENSION, PreSharedKeyServerHello.EXTENSION,
            Empty.EARLY_DATA, EarlyDataIndication.EXTENSION, Cookie.EXTENSION, ProtocolNameList.EXTENSION,
            CertificateStatusRequest.EXTENSION, Empty.STATUS_REQUEST, CertificateStatus.EXTENSION,
            CertificateAuthoritiesExtension.EXTENSION, RecordSizeLimit.EXTENSION, Padding.EXTENSION,
            Empty.POST_HANDSHAKE_AUTH);

    private ExtensionCodecs() {
    }
}
