package dev.parley.handshake.client;

import static dev.parley.handshake.client.Failures.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.PeerVerifier;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.Grease;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.codepoint.PskKeyExchangeMode;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.handshake.extension.CertificateStatusRequest;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.KeyShareClientHello;
import dev.parley.handshake.extension.KeyShareEntry;
import dev.parley.handshake.extension.NamedGroupList;
import dev.parley.handshake.extension.OcspStatusRequest;
import dev.parley.handshake.extension.Padding;
import dev.parley.handshake.extension.ProtocolNameList;
import dev.parley.handshake.extension.PskKeyExchangeModes;
import dev.parley.handshake.extension.RecordSizeLimit;
import dev.parley.handshake.extension.ServerNameList;
import dev.parley.handshake.extension.SignatureSchemeList;
import dev.parley.handshake.extension.SupportedVersionsClientHello;
import dev.parley.handshake.message.ClientHello;
import dev.parley.handshake.message.Tls13Messages;
import dev.parley.record.AlertDescription;
import dev.parley.record.ProtocolVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The first ClientHello as the configuration shapes it (RFC 8446 §4.1.2): GREASE (RFC 8701 §3.1),
 * middlebox compatibility (§D.4), SNI for host names only (RFC 6066 §3), ALPN, status_request,
 * padding (RFC 7685), and the configurations a client refuses to start with.
 */
class ClientHelloTest {

    @Test
    void greasesEveryListAndSendsTwoGreaseExtensions() throws Exception {
        ClientHello hello = firstHello(Conversation.config("defaults").build(), Optional.of("example.com"));
        assertTrue(hello.cipherSuites().get(0).isGrease());
        assertEquals(List.of(CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.TLS_AES_256_GCM_SHA384,
                CipherSuite.TLS_CHACHA20_POLY1305_SHA256), hello.cipherSuites().subList(1, 4));
        List<NamedGroup> groups = hello.extension(NamedGroupList.EXTENSION).orElseThrow().namedGroupList();
        assertTrue(groups.get(0).isGrease());
        assertEquals(List.of(NamedGroup.X25519, NamedGroup.SECP256R1, NamedGroup.SECP384R1), groups.subList(1, 4));
        List<KeyShareEntry> shares = hello.extension(KeyShareClientHello.EXTENSION).orElseThrow().clientShares();
        assertEquals(new KeyShareEntry(groups.get(0), Bytes.of((byte) 0)), shares.get(0), "RFC 8701 §3.1");
        assertEquals(NamedGroup.X25519, shares.get(1).group());
        assertEquals(32, shares.get(1).keyExchange().length());
        List<ProtocolVersion> versions = hello.extension(SupportedVersionsClientHello.EXTENSION).orElseThrow().versions();
        assertTrue(Grease.isGrease(versions.get(0).code()));
        assertEquals(List.of(ProtocolVersion.TLS13), versions.subList(1, versions.size()));
        List<SignatureScheme> schemes = hello.extension(SignatureSchemeList.SIGNATURE_ALGORITHMS).orElseThrow()
                .supportedSignatureAlgorithms();
        assertTrue(schemes.get(0).isGrease());
        assertEquals(EngineConfig.builder().build().signatureSchemes(), schemes.subList(1, schemes.size()));

        List<Extension> grease = hello.extensions().stream().filter(e -> e.extensionType().isGrease()).toList();
        assertEquals(2, grease.size());
        assertEquals(Bytes.EMPTY, grease.get(0).extensionData());
        assertEquals(Bytes.of((byte) 0), grease.get(1).extensionData());
        assertNotEquals(grease.get(0).extensionType(), grease.get(1).extensionType());
        assertEquals(grease.get(0), hello.extensions().get(0));
    }

    @Test
    void ordersItsExtensionsDeterministically() throws Exception {
        ClientHello hello = firstHello(Conversation.config("order").applicationProtocols(List.of("h2")).build(),
                Optional.of("example.com"));
        List<ExtensionType> types = new ArrayList<>(hello.extensions().stream().map(Extension::extensionType)
                .filter(type -> !type.isGrease()).toList());
        types.remove(ExtensionType.PADDING);
        assertEquals(List.of(ExtensionType.SERVER_NAME, ExtensionType.SUPPORTED_GROUPS,
                ExtensionType.APPLICATION_LAYER_PROTOCOL_NEGOTIATION, ExtensionType.STATUS_REQUEST,
                ExtensionType.KEY_SHARE, ExtensionType.SUPPORTED_VERSIONS, ExtensionType.SIGNATURE_ALGORITHMS,
                ExtensionType.PSK_KEY_EXCHANGE_MODES, ExtensionType.RECORD_SIZE_LIMIT), types);
        assertEquals(Optional.of(ProtocolNameList.of("h2")), hello.extension(ProtocolNameList.EXTENSION));
        assertEquals(Optional.of(CertificateStatusRequest.ocsp(OcspStatusRequest.EMPTY)),
                hello.extension(CertificateStatusRequest.EXTENSION));
        assertEquals(Optional.of(new PskKeyExchangeModes(List.of(PskKeyExchangeMode.PSK_DHE_KE))),
                hello.extension(PskKeyExchangeModes.EXTENSION));
        assertEquals(Optional.of(new RecordSizeLimit(16385)), hello.extension(RecordSizeLimit.EXTENSION));
    }

    @Test
    void sendsNoGreaseNoSessionIdAndNoStatusRequestWhenTold() throws Exception {
        ClientHello hello = firstHello(Conversation.config("plain").grease(false).middleboxCompatibility(false)
                .requestOcspStaple(false).build(), Optional.of("example.com"));
        assertEquals(Bytes.EMPTY, hello.legacySessionId());
        assertTrue(hello.cipherSuites().stream().noneMatch(CipherSuite::isGrease));
        assertTrue(hello.extensions().stream().noneMatch(e -> e.extensionType().isGrease()));
        assertEquals(Optional.empty(), hello.extension(CertificateStatusRequest.EXTENSION));
    }

    @Test
    void sendsA32ByteSessionIdInCompatibilityMode() throws Exception {
        ClientHello hello = firstHello(Conversation.config("compat").build(), Optional.of("example.com"));
        assertEquals(32, hello.legacySessionId().length());
        assertEquals(ProtocolVersion.TLS12, hello.legacyVersion());
        assertEquals(Bytes.of((byte) 0), hello.legacyCompressionMethods());
    }

    @Test
    void namesHostsButNeverAddresses() throws Exception {
        EngineConfig config = Conversation.config("sni").build();
        assertEquals(Optional.of(ServerNameList.ofHostName("www.example.com")),
                firstHello(config, Optional.of("www.example.com.")).extension(ServerNameList.EXTENSION));
        for (String address : List.of("192.0.2.1", "2001:db8::1", "[2001:db8::1]", "::ffff:192.0.2.1")) {
            assertEquals(Optional.empty(), firstHello(config, Optional.of(address)).extension(ServerNameList.EXTENSION),
                    address);
        }
        for (String notAscii : List.of("bücher.example", "white space.example", "", ".")) {
            assertEquals(Optional.empty(), firstHello(config, Optional.of(notAscii)).extension(ServerNameList.EXTENSION),
                    notAscii);
        }
        assertEquals(Optional.empty(), firstHello(config, Optional.empty()).extension(ServerNameList.EXTENSION));
    }

    @Test
    void tellsTheVerifierTheAddressItDidNotSendAsSni() throws Exception {
        List<PeerVerifier.Context> seen = new ArrayList<>();
        Conversation c = Conversation.start(Conversation.config("ip verify")
                .peerVerifier((chain, context) -> seen.add(context)).build(), Optional.of("192.0.2.1"));
        c.serverHello().emptyEncryptedExtensions().authenticateAndFinish();
        assertEquals(Optional.of("192.0.2.1"), seen.get(0).expectedName());
        assertEquals(Optional.empty(), c.context().session().orElseThrow().serverName());
    }

    @Test
    void offersOnlyTls13Suites() throws Exception {
        ClientHello hello = firstHello(Conversation.config("suites").grease(false).cipherSuites(List.of(
                CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, CipherSuite.TLS_CHACHA20_POLY1305_SHA256)).build(),
                Optional.of("example.com"));
        assertEquals(List.of(CipherSuite.TLS_CHACHA20_POLY1305_SHA256), hello.cipherSuites());
    }

    @Test
    void padsHellosBetween256And511BytesTo512() throws Exception {
        for (int protocols = 0; protocols < 12; protocols++) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < protocols; i++) {
                names.add("protocol-name-" + i);
            }
            RecordingContext cx = new RecordingContext(Conversation.config("pad " + protocols)
                    .applicationProtocols(names).build());
            ClientHandshake.start(cx, Optional.of("example.com"), "session");
            Bytes sent = cx.sent().get(0);
            ClientHello hello = (ClientHello) Tls13Messages.decode(Rfc8448Traces.frame(sent));
            Optional<Padding> padding = hello.extension(Padding.EXTENSION);
            int unpadded = sent.length() - padding.map(p -> 4 + p.length()).orElse(0);
            assertEquals(unpadded >= 256 && unpadded < 512, padding.isPresent(), "unpadded " + unpadded);
            assertTrue(padding.isEmpty() || sent.length() == 512, "padded to 512: " + sent.length());
        }
    }

    @Test
    void sendsAnEmptyKeyShareListWhenToldTo() throws Exception {
        ClientHello hello = firstHello(Conversation.config("no shares").grease(false).keyShareGroups(List.of()).build(),
                Optional.of("example.com"));
        assertEquals(Optional.of(new KeyShareClientHello(List.of())), hello.extension(KeyShareClientHello.EXTENSION));
    }

    @Test
    void refusesToStartWithoutAPeerVerifier() throws Exception {
        EngineConfig noVerifier = EngineConfig.builder().build();
        assertRefusesToStart(noVerifier);
    }

    @Test
    void refusesToStartWithoutTls13() throws Exception {
        assertRefusesToStart(Conversation.config("1.2").versions(List.of(ProtocolVersion.TLS12)).build());
        assertRefusesToStart(Conversation.config("1.2 suites")
                .cipherSuites(List.of(CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256)).build());
    }

    @Test
    void refusesToStartWithAKeyShareGroupItCannotCompute() throws Exception {
        assertRefusesToStart(Conversation.config("ffdhe6144").groups(List.of(NamedGroup.FFDHE6144, NamedGroup.X25519))
                .keyShareGroups(List.of(NamedGroup.FFDHE6144)).build());
    }

    @Test
    void derivesNoSniFromAnythingButAHostName() {
        assertEquals(Optional.of("a.example"), ClientHandshake.hostNameForSni("a.example"));
        assertEquals(Optional.of("localhost"), ClientHandshake.hostNameForSni("localhost."));
        assertEquals(Optional.empty(), ClientHandshake.hostNameForSni("10.0.0.1"));
        assertEquals(Optional.empty(), ClientHandshake.hostNameForSni("[::1]"));
        assertEquals(Optional.empty(), ClientHandshake.hostNameForSni("a\u0000b"));
        assertFalse(ClientHandshake.hostNameForSni("ex ample").isPresent());
    }

    private static void assertRefusesToStart(EngineConfig config) {
        RecordingContext cx = new RecordingContext(config);
        assertFails(HandshakeFailure.CLIENT_CONFIG_UNUSABLE, AlertDescription.INTERNAL_ERROR,
                () -> ClientHandshake.start(cx, Optional.of("example.com"), "session"));
        assertEquals(List.of(), cx.sent(), "nothing is sent");
    }

    static ClientHello firstHello(EngineConfig config, Optional<String> serverName) throws Exception {
        RecordingContext cx = new RecordingContext(config);
        ClientHandshake.start(cx, serverName, "session");
        return (ClientHello) Tls13Messages.decode(Rfc8448Traces.frame(cx.sent().get(0)));
    }
}
