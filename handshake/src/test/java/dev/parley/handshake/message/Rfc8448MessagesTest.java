package dev.parley.handshake.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.codepoint.PskKeyExchangeMode;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.handshake.extension.Cookie;
import dev.parley.handshake.extension.EarlyDataIndication;
import dev.parley.handshake.extension.Empty;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.KeyShareClientHello;
import dev.parley.handshake.extension.KeyShareEntry;
import dev.parley.handshake.extension.KeyShareServerHello;
import dev.parley.handshake.extension.NamedGroupList;
import dev.parley.handshake.extension.OfferedPsks;
import dev.parley.handshake.extension.Padding;
import dev.parley.handshake.extension.PreSharedKeyServerHello;
import dev.parley.handshake.extension.PskKeyExchangeModes;
import dev.parley.handshake.extension.RecordSizeLimit;
import dev.parley.handshake.extension.ServerNameList;
import dev.parley.handshake.extension.SignatureSchemeList;
import dev.parley.handshake.extension.SupportedVersionsClientHello;
import dev.parley.handshake.extension.SupportedVersionsServerHello;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.wire.DecodeFailure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Known answers: the handshake messages of RFC 8448 decode to the fields the RFC describes and
 * re-encode to exactly the printed bytes.
 */
class Rfc8448MessagesTest {

    /** Frames and decodes one message as the engine will: through the reassembler, then the decoder. */
    private static HandshakeMessage receive(Bytes message) throws DecodeFailure {
        HandshakeReassembler reassembler = new HandshakeReassembler();
        reassembler.feed(message);
        Handshake frame = reassembler.next().orElseThrow();
        assertTrue(reassembler.isEmpty());
        assertEquals(message, frame.encoded(), "the frame must be the bytes that arrived");
        HandshakeMessage decoded = Tls13Messages.decode(frame, Rfc8448.SHA256_LENGTH);
        assertEquals(message, Handshake.of(decoded).encoded(), "re-encoding must give the RFC's bytes");
        return decoded;
    }

    @Test
    void section3ClientHello() throws DecodeFailure {
        ClientHello hello = assertInstanceOf(ClientHello.class, receive(Rfc8448.S3_CLIENT_HELLO));
        assertEquals(ProtocolVersion.TLS12, hello.legacyVersion());
        assertEquals(Bytes.fromHex("cb34ecb1e78163ba1c38c6dacb196a6dffa21a8d9912ec18a2ef6283024dece7"), hello.random());
        assertEquals(Bytes.EMPTY, hello.legacySessionId());
        assertEquals(List.of(CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.TLS_CHACHA20_POLY1305_SHA256,
                CipherSuite.TLS_AES_256_GCM_SHA384), hello.cipherSuites());
        assertEquals(Bytes.of((byte) 0), hello.legacyCompressionMethods());
        assertEquals(List.of(ExtensionType.SERVER_NAME, ExtensionType.RENEGOTIATION_INFO,
                ExtensionType.SUPPORTED_GROUPS, ExtensionType.SESSION_TICKET, ExtensionType.KEY_SHARE,
                ExtensionType.SUPPORTED_VERSIONS, ExtensionType.SIGNATURE_ALGORITHMS,
                ExtensionType.PSK_KEY_EXCHANGE_MODES, ExtensionType.RECORD_SIZE_LIMIT),
                hello.extensions().stream().map(Extension::extensionType).toList());

        assertEquals("server", hello.extension(ServerNameList.EXTENSION).orElseThrow().hostName().orElseThrow());
        assertEquals(List.of(NamedGroup.X25519, NamedGroup.SECP256R1, NamedGroup.SECP384R1, NamedGroup.SECP521R1,
                NamedGroup.FFDHE2048, NamedGroup.FFDHE3072, NamedGroup.FFDHE4096, NamedGroup.FFDHE6144,
                NamedGroup.FFDHE8192), hello.extension(NamedGroupList.EXTENSION).orElseThrow().namedGroupList());
        KeyShareEntry share = hello.extension(KeyShareClientHello.EXTENSION).orElseThrow().clientShares().get(0);
        assertEquals(NamedGroup.X25519, share.group());
        // RFC 8448 §3 "{client} create an ephemeral x25519 key pair": public key.
        assertEquals(Bytes.fromHex("99381de560e4bd43d23d8e435a7dbafeb3c06e51c13cae4d5413691e529aaf2c"),
                share.keyExchange());
        assertEquals(List.of(ProtocolVersion.TLS13),
                hello.extension(SupportedVersionsClientHello.EXTENSION).orElseThrow().versions());
        List<SignatureScheme> schemes =
                hello.extension(SignatureSchemeList.SIGNATURE_ALGORITHMS).orElseThrow().supportedSignatureAlgorithms();
        assertEquals(15, schemes.size());
        assertEquals(SignatureScheme.ECDSA_SECP256R1_SHA256, schemes.get(0));
        assertEquals(new SignatureScheme(0x0402), schemes.get(11), "DSA, which Parley does not know, still decodes");
        assertEquals(List.of(PskKeyExchangeMode.PSK_DHE_KE),
                hello.extension(PskKeyExchangeModes.EXTENSION).orElseThrow().keModes());
        assertEquals(0x4001, hello.extension(RecordSizeLimit.EXTENSION).orElseThrow().recordSizeLimit());
    }

    @Test
    void section3ServerHello() throws DecodeFailure {
        ServerHello hello = assertInstanceOf(ServerHello.class, receive(Rfc8448.S3_SERVER_HELLO));
        assertFalse(hello.isHelloRetryRequest());
        assertEquals(CipherSuite.TLS_AES_128_GCM_SHA256, hello.cipherSuite());
        assertEquals(0, hello.legacyCompressionMethod());
        assertEquals(Bytes.EMPTY, hello.legacySessionIdEcho());
        KeyShareEntry share = hello.extension(KeyShareServerHello.EXTENSION).orElseThrow().serverShare();
        assertEquals(NamedGroup.X25519, share.group());
        // RFC 8448 §3 "{server} create an ephemeral x25519 key pair": public key.
        assertEquals(Bytes.fromHex("c9828876112095fe66762bdbf7c672e156d6cc253b833df1dd69b1b04e751f0f"),
                share.keyExchange());
        assertEquals(ProtocolVersion.TLS13,
                hello.extension(SupportedVersionsServerHello.EXTENSION).orElseThrow().selectedVersion());
    }

    @Test
    void section3ServerFlightSharesOneRecord() throws DecodeFailure {
        // RFC 8448 §3 sends EncryptedExtensions, Certificate, CertificateVerify and Finished in one record.
        Bytes record = Rfc8448.S3_ENCRYPTED_EXTENSIONS.concat(Rfc8448.S3_CERTIFICATE)
                .concat(Rfc8448.S3_CERTIFICATE_VERIFY).concat(Rfc8448.S3_SERVER_FINISHED);
        HandshakeReassembler reassembler = new HandshakeReassembler();
        reassembler.feed(record);
        for (Bytes expected : List.of(Rfc8448.S3_ENCRYPTED_EXTENSIONS, Rfc8448.S3_CERTIFICATE,
                Rfc8448.S3_CERTIFICATE_VERIFY, Rfc8448.S3_SERVER_FINISHED)) {
            assertEquals(expected, reassembler.next().orElseThrow().encoded());
        }
        assertTrue(reassembler.isEmpty());
    }

    @Test
    void section3EncryptedExtensions() throws DecodeFailure {
        EncryptedExtensions ee = assertInstanceOf(EncryptedExtensions.class,
                receive(Rfc8448.S3_ENCRYPTED_EXTENSIONS));
        assertEquals(List.of(ExtensionType.SUPPORTED_GROUPS, ExtensionType.RECORD_SIZE_LIMIT, ExtensionType.SERVER_NAME),
                ee.extensions().stream().map(Extension::extensionType).toList());
        assertEquals(9, ee.extension(NamedGroupList.EXTENSION).orElseThrow().namedGroupList().size());
        assertEquals(0x4001, ee.extension(RecordSizeLimit.EXTENSION).orElseThrow().recordSizeLimit());
        assertEquals(Empty.INSTANCE, ee.extension(Empty.SERVER_NAME).orElseThrow());
    }

    @Test
    void section3Certificate() throws DecodeFailure {
        Certificate certificate = assertInstanceOf(Certificate.class, receive(Rfc8448.S3_CERTIFICATE));
        assertEquals(Bytes.EMPTY, certificate.certificateRequestContext());
        assertEquals(1, certificate.certificateList().size());
        CertificateEntry entry = certificate.certificateList().get(0);
        assertEquals(432, entry.certData().length());
        assertEquals(Bytes.fromHex("308201ac30820115a003"), entry.certData().slice(0, 10), "a DER SEQUENCE");
        assertEquals(List.of(), entry.extensions());
        assertTrue(entry.certificateStatus().isEmpty());
    }

    @Test
    void section3CertificateVerify() throws DecodeFailure {
        CertificateVerify verify = assertInstanceOf(CertificateVerify.class, receive(Rfc8448.S3_CERTIFICATE_VERIFY));
        assertEquals(SignatureScheme.RSA_PSS_RSAE_SHA256, verify.algorithm());
        assertEquals(128, verify.signature().length());
        assertEquals(Bytes.fromHex("5a747c5d"), verify.signature().slice(0, 4));
    }

    @Test
    void section3Finished() throws DecodeFailure {
        Finished server = assertInstanceOf(Finished.class, receive(Rfc8448.S3_SERVER_FINISHED));
        // RFC 8448 §3 "{server} calculate finished "tls13 finished"": finished (32 octets).
        assertEquals(Bytes.fromHex("9b9b141d906337fbd2cbdce71df4deda4ab42c309572cb7fffee5454b78f0718"),
                server.verifyData());
        Finished client = assertInstanceOf(Finished.class, receive(Rfc8448.S3_CLIENT_FINISHED));
        assertEquals(Bytes.fromHex("a8ec436d677634ae525ac1fcebe11a039ec17694fac6e98527b642f2edd5ce61"),
                client.verifyData());
    }

    @Test
    void section3NewSessionTicket() throws DecodeFailure {
        NewSessionTicket ticket = assertInstanceOf(NewSessionTicket.class, receive(Rfc8448.S3_NEW_SESSION_TICKET));
        assertEquals(30, ticket.ticketLifetime());
        assertEquals(0xfad6aac5L, ticket.ticketAgeAdd());
        assertEquals(Bytes.fromHex("0000"), ticket.ticketNonce());
        assertEquals(178, ticket.ticket().length());
        assertEquals(Bytes.fromHex("2c035d829359ee5f"), ticket.ticket().slice(0, 8));
        assertEquals(1024, ticket.extension(EarlyDataIndication.EXTENSION).orElseThrow().maxEarlyDataSize());
    }

    @Test
    void section4ClientHelloOffersTheSection3Ticket() throws DecodeFailure {
        ClientHello hello = assertInstanceOf(ClientHello.class, receive(Rfc8448.S4_CLIENT_HELLO));
        assertEquals(ExtensionType.PRE_SHARED_KEY, hello.extensions().get(hello.extensions().size() - 1).extensionType());
        assertEquals(Empty.INSTANCE, hello.extension(Empty.EARLY_DATA).orElseThrow());
        assertEquals(87, hello.extension(Padding.EXTENSION).orElseThrow().length());
        OfferedPsks offer = hello.offeredPsks().orElseThrow();
        assertEquals(1, offer.identities().size());
        NewSessionTicket ticket = (NewSessionTicket) receive(Rfc8448.S3_NEW_SESSION_TICKET);
        assertEquals(ticket.ticket(), offer.identities().get(0).identity());
        assertEquals(0xfad6aacbL, offer.identities().get(0).obfuscatedTicketAge());
        assertEquals(List.of(Rfc8448.S4_BINDER), offer.binders());
    }

    @Test
    void section4ServerFlight() throws DecodeFailure {
        ServerHello hello = assertInstanceOf(ServerHello.class, receive(Rfc8448.S4_SERVER_HELLO));
        assertEquals(0, hello.extension(PreSharedKeyServerHello.EXTENSION).orElseThrow().selectedIdentity());
        assertEquals(Bytes.fromHex("121761ee42c333e1b9e77b60dd57c2053cd94512ab47f115e86eff50942cea31"),
                hello.extension(KeyShareServerHello.EXTENSION).orElseThrow().serverShare().keyExchange());
        EncryptedExtensions ee = assertInstanceOf(EncryptedExtensions.class, receive(Rfc8448.S4_ENCRYPTED_EXTENSIONS));
        assertEquals(Empty.INSTANCE, ee.extension(Empty.EARLY_DATA).orElseThrow());
        assertInstanceOf(Finished.class, receive(Rfc8448.S4_SERVER_FINISHED));
        assertEquals(EndOfEarlyData.INSTANCE, receive(Rfc8448.S4_END_OF_EARLY_DATA));
    }

    @Test
    void section5SecondClientHelloEchoesTheCookieAndSendsAP256Share() throws DecodeFailure {
        HelloRetryRequest retry = (HelloRetryRequest) receive(Rfc8448.S5_HELLO_RETRY_REQUEST);
        ClientHello second = assertInstanceOf(ClientHello.class, receive(Rfc8448.S5_CLIENT_HELLO_2));
        assertEquals(retry.extension(Cookie.EXTENSION),
                second.extension(Cookie.EXTENSION));
        KeyShareEntry share = second.extension(KeyShareClientHello.EXTENSION).orElseThrow().clientShares().get(0);
        assertEquals(NamedGroup.SECP256R1, share.group());
        assertEquals(65, share.keyExchange().length());
        assertEquals(175, second.extension(Padding.EXTENSION).orElseThrow().length());
        ServerHello hello = assertInstanceOf(ServerHello.class, receive(Rfc8448.S5_SERVER_HELLO));
        assertEquals(NamedGroup.SECP256R1,
                hello.extension(KeyShareServerHello.EXTENSION).orElseThrow().serverShare().group());
    }
}
