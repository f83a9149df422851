package dev.parley.handshake.server;

import static dev.parley.handshake.server.Alerts.assertAlert;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.codepoint.PskKeyExchangeMode;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.KeyShareClientHello;
import dev.parley.handshake.extension.KeyShareEntry;
import dev.parley.handshake.extension.OfferedPsks;
import dev.parley.handshake.extension.ProtocolNameList;
import dev.parley.handshake.extension.PskKeyExchangeModes;
import dev.parley.handshake.extension.SupportedVersionsClientHello;
import dev.parley.handshake.message.ClientHello;
import dev.parley.handshake.message.Handshake;
import dev.parley.record.AlertDescription;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.wire.WireFailure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules RFC 8446 gives a server for any ClientHello, each broken once, each answered with the
 * alert the RFC names (§4.1.1, §4.1.2, §4.2, §4.2.1, §4.2.8, §4.2.9, §9.2, Appendix D.5; RFC 7301
 * §3.2 for ALPN).
 */
class ClientHelloRulesTest {

    private final TestClient client = new TestClient(ServerFixtures.crypto("rules client"));

    private static ServerUnderTest server() {
        return server(ServerFixtures.server("rules").build());
    }

    private static ServerUnderTest server(EngineConfig config) {
        return new ServerUnderTest(config);
    }

    private ClientHelloBuilder hello() {
        return new ClientHelloBuilder(client);
    }

    private static Handshake frame(ClientHello hello) {
        return Handshake.of(hello);
    }

    @Test
    void refusesAClientWithoutSupportedVersions() {
        ClientHello hello = hello().remove(ExtensionType.SUPPORTED_VERSIONS).build();
        assertAlert(HandshakeFailure.CLIENT_OFFERS_NO_SUPPORTED_VERSION, AlertDescription.PROTOCOL_VERSION,
                () -> server().feed(frame(hello)));
    }

    @Test
    void refusesAClientOfferingOnlyTls12() {
        ClientHello hello = hello().put(SupportedVersionsClientHello.EXTENSION,
                new SupportedVersionsClientHello(List.of(new ProtocolVersion(0x1a1a), ProtocolVersion.TLS12))).build();
        assertAlert(HandshakeFailure.CLIENT_OFFERS_NO_SUPPORTED_VERSION, AlertDescription.PROTOCOL_VERSION,
                () -> server().feed(frame(hello)));
    }

    @Test
    void refusesALegacyVersionOfSsl3() {
        ClientHelloBuilder builder = hello();
        builder.legacyVersion = ProtocolVersion.SSL3;
        assertAlert(HandshakeFailure.CLIENT_OFFERS_NO_SUPPORTED_VERSION, AlertDescription.PROTOCOL_VERSION,
                () -> server().feed(frame(builder.build())));
    }

    @Test
    void ignoresALegacyVersionAboveTls12() throws Exception {
        ClientHelloBuilder builder = hello();
        builder.legacyVersion = ProtocolVersion.TLS13;
        // RFC 8446 §4.2.1: with supported_versions, legacy_version is not used for negotiation.
        assertEquals(HandshakeType.SERVER_HELLO, server().feed(frame(builder.build())).get(0).msgType());
    }

    @Test
    void refusesCompressionMethodsOtherThanNull() {
        ClientHelloBuilder builder = hello();
        builder.compression = Bytes.of((byte) 1, (byte) 0);
        assertAlert(HandshakeFailure.COMPRESSION_METHODS_NOT_NULL, AlertDescription.ILLEGAL_PARAMETER,
                () -> server().feed(frame(builder.build())));
        builder.compression = Bytes.of((byte) 1);
        assertAlert(HandshakeFailure.COMPRESSION_METHODS_NOT_NULL, AlertDescription.ILLEGAL_PARAMETER,
                () -> server().feed(frame(builder.build())));
    }

    @Test
    void refusesOidFiltersInAClientHello() {
        ClientHello hello = hello().put(new Extension(ExtensionType.OID_FILTERS, Bytes.of((byte) 0, (byte) 0))).build();
        assertAlert(HandshakeFailure.EXTENSION_NOT_ALLOWED_IN_CLIENT_HELLO, AlertDescription.ILLEGAL_PARAMETER,
                () -> server().feed(frame(hello)));
    }

    @Test
    void requiresKeyShareWithSupportedGroupsAndTheOtherWayRound() {
        ClientHello noShares = hello().remove(ExtensionType.KEY_SHARE).build();
        assertAlert(HandshakeFailure.MISSING_MANDATORY_EXTENSION, AlertDescription.MISSING_EXTENSION,
                () -> server().feed(frame(noShares)));
        ClientHello noGroups = hello().remove(ExtensionType.SUPPORTED_GROUPS).build();
        assertAlert(HandshakeFailure.MISSING_MANDATORY_EXTENSION, AlertDescription.MISSING_EXTENSION,
                () -> server().feed(frame(noGroups)));
    }

    @Test
    void requiresSignatureAlgorithmsWithoutAPsk() {
        ClientHello hello = hello().remove(ExtensionType.SIGNATURE_ALGORITHMS).build();
        assertAlert(HandshakeFailure.MISSING_MANDATORY_EXTENSION, AlertDescription.MISSING_EXTENSION,
                () -> server().feed(frame(hello)));
    }

    @Test
    void requiresSignatureAlgorithmsWhenThePskOfferedIsNotAccepted() {
        ClientHello hello = hello().remove(ExtensionType.SIGNATURE_ALGORITHMS)
                .put(OfferedPsks.EXTENSION, TestClient.offer(Bytes.fromHex("00".repeat(60)), 0, 32)).build();
        assertAlert(HandshakeFailure.MISSING_MANDATORY_EXTENSION, AlertDescription.MISSING_EXTENSION,
                () -> server().feed(frame(hello)));
    }

    @Test
    void requiresPskKeyExchangeModesWithAPsk() {
        ClientHello hello = hello().remove(ExtensionType.PSK_KEY_EXCHANGE_MODES)
                .put(OfferedPsks.EXTENSION, TestClient.offer(Bytes.fromHex("00".repeat(60)), 0, 32)).build();
        assertAlert(HandshakeFailure.PSK_WITHOUT_KEY_EXCHANGE_MODES, AlertDescription.MISSING_EXTENSION,
                () -> server().feed(frame(hello)));
    }

    @Test
    void refusesAKeyShareForAGroupNotInSupportedGroups() {
        ClientHello hello = hello().groups(NamedGroup.SECP256R1).build();
        assertAlert(HandshakeFailure.KEY_SHARE_GROUP_NOT_OFFERED, AlertDescription.ILLEGAL_PARAMETER,
                () -> server().feed(frame(hello)));
    }

    @Test
    void refusesAnInvalidKeyShare() {
        ClientHello zero = hello().put(KeyShareClientHello.EXTENSION, new KeyShareClientHello(List.of(
                new KeyShareEntry(NamedGroup.X25519, Bytes.wrap(new byte[32]))))).build();
        assertAlert(HandshakeFailure.INVALID_CLIENT_KEY_SHARE, AlertDescription.ILLEGAL_PARAMETER,
                () -> server().feed(frame(zero)));
        ClientHello offCurve = hello().groups(NamedGroup.SECP256R1).put(KeyShareClientHello.EXTENSION,
                new KeyShareClientHello(List.of(new KeyShareEntry(NamedGroup.SECP256R1,
                        Bytes.fromHex("04" + "01".repeat(64)))))).build();
        assertAlert(HandshakeFailure.INVALID_CLIENT_KEY_SHARE, AlertDescription.ILLEGAL_PARAMETER,
                () -> server().feed(frame(offCurve)));
    }

    @Test
    void refusesAClientWithoutACommonSuite() {
        ClientHello hello = hello().suites(new CipherSuite(0x0a0a), CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256)
                .build();
        assertAlert(HandshakeFailure.NO_COMMON_CIPHER_SUITE, AlertDescription.HANDSHAKE_FAILURE,
                () -> server().feed(frame(hello)));
    }

    @Test
    void refusesAClientWithoutACommonGroup() {
        ClientHello hello = hello().groups(NamedGroup.X25519, NamedGroup.X448).build();
        EngineConfig p256Only = ServerFixtures.server("p256").groups(List.of(NamedGroup.SECP256R1))
                .keyShareGroups(List.of()).build();
        assertAlert(HandshakeFailure.NO_COMMON_GROUP, AlertDescription.HANDSHAKE_FAILURE,
                () -> server(p256Only).feed(frame(hello)));
    }

    @Test
    void refusesAPskOnlyClientSinceParleyNeedsEcdhe() {
        ClientHello hello = hello().remove(ExtensionType.SUPPORTED_GROUPS).remove(ExtensionType.KEY_SHARE)
                .put(OfferedPsks.EXTENSION, TestClient.offer(Bytes.fromHex("00".repeat(60)), 0, 32)).build();
        assertAlert(HandshakeFailure.NO_COMMON_GROUP, AlertDescription.HANDSHAKE_FAILURE,
                () -> server().feed(frame(hello)));
    }

    @Test
    void refusesAClientNoCertificateCanSignFor() {
        ClientHello hello = hello().schemes(SignatureScheme.ED448, SignatureScheme.RSA_PKCS1_SHA256).build();
        assertAlert(HandshakeFailure.NO_CERTIFICATE_FOR_CLIENT, AlertDescription.HANDSHAKE_FAILURE,
                () -> server().feed(frame(hello)));
        EngineConfig noCertificates = ServerFixtures.server("none").certificates(List.of()).build();
        assertAlert(HandshakeFailure.NO_CERTIFICATE_FOR_CLIENT, AlertDescription.HANDSHAKE_FAILURE,
                () -> server(noCertificates).feed(frame(hello().build())));
    }

    @Test
    void refusesAlpnWithoutOverlap() {
        ClientHello hello = hello().put(ProtocolNameList.EXTENSION, ProtocolNameList.of("spdy/3", "http/1.0")).build();
        EngineConfig h2 = ServerFixtures.server("alpn").applicationProtocols(List.of("h2", "http/1.1")).build();
        assertAlert(HandshakeFailure.NO_COMMON_APPLICATION_PROTOCOL, AlertDescription.NO_APPLICATION_PROTOCOL,
                () -> server(h2).feed(frame(hello)));
    }

    @Test
    void refusesMalformedHellosAndDuplicatedOrMisplacedExtensions() {
        ClientHello truncatedGroups = hello().put(new Extension(ExtensionType.SUPPORTED_GROUPS, Bytes.of((byte) 0)))
                .build();
        assertAlert(WireFailure.TRUNCATED, AlertDescription.DECODE_ERROR, () -> server().feed(frame(truncatedGroups)));
        Bytes body = frame(hello().build()).body();
        assertAlert(WireFailure.TRUNCATED, AlertDescription.DECODE_ERROR, () -> server().feed(
                new Handshake(HandshakeType.CLIENT_HELLO, body.slice(0, body.length() - 1))));
        ClientHello twice = hello().append(new Extension(ExtensionType.PSK_KEY_EXCHANGE_MODES, Bytes.of((byte) 1,
                (byte) 1))).build();
        assertAlert(HandshakeFailure.DUPLICATE_EXTENSION, AlertDescription.ILLEGAL_PARAMETER,
                () -> server().feed(frame(twice)));
        ClientHello pskNotLast = hello().put(OfferedPsks.EXTENSION, TestClient.offer(Bytes.fromHex("00".repeat(60)), 0,
                32)).append(new Extension(ExtensionType.PADDING, Bytes.EMPTY)).build();
        assertAlert(HandshakeFailure.PRE_SHARED_KEY_NOT_LAST, AlertDescription.ILLEGAL_PARAMETER,
                () -> server().feed(frame(pskNotLast)));
    }

    @Test
    void ignoresGreaseEverywhere() throws Exception {
        ClientHello hello = hello()
                .put(SupportedVersionsClientHello.EXTENSION, new SupportedVersionsClientHello(
                        List.of(new ProtocolVersion(0x3a3a), ProtocolVersion.TLS13)))
                .groups(new NamedGroup(0x4a4a), NamedGroup.X25519)
                .put(KeyShareClientHello.EXTENSION, new KeyShareClientHello(List.of(
                        new KeyShareEntry(new NamedGroup(0x4a4a), Bytes.of((byte) 0)), client.share(NamedGroup.X25519))))
                .schemes(new SignatureScheme(0x5a5a), SignatureScheme.ECDSA_SECP256R1_SHA256)
                .put(PskKeyExchangeModes.EXTENSION, new PskKeyExchangeModes(List.of(new PskKeyExchangeMode(0x0b),
                        PskKeyExchangeMode.PSK_DHE_KE)))
                .put(new Extension(new ExtensionType(0x6a6a), Bytes.EMPTY))
                .put(new Extension(new ExtensionType(0x7a7a), Bytes.of((byte) 0)))
                .suites(new CipherSuite(0x8a8a), CipherSuite.TLS_AES_256_GCM_SHA384)
                .build();
        List<Handshake> flight = server().feed(frame(hello));
        assertEquals(HandshakeType.SERVER_HELLO, flight.get(0).msgType());
    }
}
