package dev.parley.handshake.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.Grease;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.codepoint.PskKeyExchangeMode;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.KeyShareClientHello;
import dev.parley.handshake.extension.KeyShareEntry;
import dev.parley.handshake.extension.NamedGroupList;
import dev.parley.handshake.extension.ProtocolNameList;
import dev.parley.handshake.extension.PskKeyExchangeModes;
import dev.parley.handshake.extension.SignatureSchemeList;
import dev.parley.handshake.extension.SupportedVersionsClientHello;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.wire.DecodeFailure;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A ClientHello greased the way our client will send it (RFC 8701 §3) survives the round trip,
 * and every GREASE value in it is recognized as one.
 */
class GreaseClientHelloTest {

    private static final int SEED = 0x35;

    private static ClientHello greasedHello() {
        List<Extension> extensions = List.of(
                new Extension(Grease.extensionType(SEED), Bytes.EMPTY),
                NamedGroupList.EXTENSION.toExtension(new NamedGroupList(List.of(Grease.namedGroup(SEED + 1), NamedGroup.X25519))),
                KeyShareClientHello.EXTENSION.toExtension(new KeyShareClientHello(List.of(
                        // RFC 8701 §3.1: a GREASE key share is a single zero byte.
                        new KeyShareEntry(Grease.namedGroup(SEED + 1), Bytes.of((byte) 0)),
                        new KeyShareEntry(NamedGroup.X25519, Bytes.wrap(new byte[32]))))),
                SupportedVersionsClientHello.EXTENSION.toExtension(new SupportedVersionsClientHello(List.of(
                        Grease.protocolVersion(SEED + 2), ProtocolVersion.TLS13, ProtocolVersion.TLS12))),
                SignatureSchemeList.SIGNATURE_ALGORITHMS.toExtension(new SignatureSchemeList(List.of(
                        Grease.signatureScheme(SEED + 3), SignatureScheme.ECDSA_SECP256R1_SHA256))),
                PskKeyExchangeModes.EXTENSION.toExtension(new PskKeyExchangeModes(List.of(
                        Grease.pskKeyExchangeMode(SEED), PskKeyExchangeMode.PSK_DHE_KE))),
                ProtocolNameList.EXTENSION.toExtension(new ProtocolNameList(List.of(
                        Grease.protocolName(SEED + 4), Bytes.wrap("h2".getBytes(StandardCharsets.US_ASCII))))),
                // RFC 8701 §3.1: a second GREASE extension with one byte of data.
                new Extension(Grease.extensionType(SEED + 5), Bytes.of((byte) 0)));
        return new ClientHello(ProtocolVersion.TLS12, Bytes.wrap(new byte[32]), Bytes.wrap(new byte[32]),
                List.of(Grease.cipherSuite(SEED), CipherSuite.TLS_AES_128_GCM_SHA256), Bytes.of((byte) 0), extensions);
    }

    @Test
    void aGreasedHelloRoundTrips() throws DecodeFailure {
        Handshake frame = Handshake.of(greasedHello());
        HandshakeMessage decoded = Tls13Messages.decode(Handshake.CODEC.decodeExactly(frame.encoded().toByteArray(), "hello"));
        assertEquals(greasedHello(), decoded);
        assertEquals(frame, Handshake.of(decoded));
    }

    @Test
    void everyGreaseValueInTheDecodedHelloIsRecognized() throws DecodeFailure {
        ClientHello hello = (ClientHello) Tls13Messages.decode(Handshake.of(greasedHello()));
        assertTrue(hello.cipherSuites().get(0).isGrease());
        assertTrue(hello.extensions().get(0).extensionType().isGrease());
        assertTrue(hello.extensions().get(7).extensionType().isGrease());
        assertTrue(hello.extension(NamedGroupList.EXTENSION).orElseThrow().namedGroupList().get(0).isGrease());
        assertTrue(hello.extension(KeyShareClientHello.EXTENSION).orElseThrow().clientShares().get(0).group().isGrease());
        assertTrue(Grease.isGrease(hello.extension(SupportedVersionsClientHello.EXTENSION).orElseThrow()
                .versions().get(0).code()));
        assertTrue(hello.extension(SignatureSchemeList.SIGNATURE_ALGORITHMS).orElseThrow()
                .supportedSignatureAlgorithms().get(0).isGrease());
        assertTrue(hello.extension(PskKeyExchangeModes.EXTENSION).orElseThrow().keModes().get(0).isGrease());
        assertTrue(Grease.isGreaseProtocolName(
                hello.extension(ProtocolNameList.EXTENSION).orElseThrow().protocolNameList().get(0)));
    }

    @Test
    void greaseValuesPrintAsUnknownCodePoints() {
        assertEquals("CipherSuite(0x5a5a)", Grease.cipherSuite(SEED).toString());
        assertEquals("NamedGroup(0x6a6a)", Grease.namedGroup(SEED + 1).toString());
        assertEquals("PskKeyExchangeMode(166)", Grease.pskKeyExchangeMode(SEED).toString());
    }
}
