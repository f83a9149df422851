package dev.parley.handshake.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.Session;
import dev.parley.handshake.TicketKeys;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.keys.Rfc8448;
import dev.parley.handshake.message.CertificateVerify;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.NewSessionTicket;
import dev.parley.record.ProtocolVersion;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * RFC 8448 §3 (simple 1-RTT handshake), the server's side, byte for byte: the RFC's ClientHello is
 * fed to the states under a provider that replays the RFC server's random, X25519 key, PSS salt
 * and ticket_age_add, and every message, key and record the RFC prints for the server is compared.
 *
 * <p>The PSS salt is not printed; it is recovered from the RFC's own signature with the public
 * key (RFC 8017 §9.1.2), so the CertificateVerify matches too. The NewSessionTicket cannot match
 * entirely: its ticket is NSS's opaque state, and it allows early data, which Parley's tickets do
 * not; lifetime, ticket_age_add and nonce match, and the PSK sealed in our ticket is the RFC's.
 */
class Rfc8448SimpleHandshakeServerTest {

    private static final Rfc8448.Section S3 = Rfc8448.section(3);

    private static Bytes hex(String caption, String field) {
        return S3.hex(caption, field);
    }

    private static final Bytes CLIENT_HELLO = hex("{client}  construct a ClientHello handshake message:", "ClientHello");
    private static final Bytes SERVER_HELLO = hex("{server}  construct a ServerHello handshake message:", "ServerHello");
    private static final Bytes ENCRYPTED_EXTENSIONS =
            hex("{server}  construct an EncryptedExtensions handshake message:", "EncryptedExtensions");
    private static final Bytes CERTIFICATE = hex("{server}  construct a Certificate handshake message:", "Certificate");
    private static final Bytes CERTIFICATE_VERIFY =
            hex("{server}  construct a CertificateVerify handshake message:", "CertificateVerify");
    private static final Bytes SERVER_FINISHED = hex("{server}  construct a Finished handshake message:", "Finished");
    private static final Bytes CLIENT_FINISHED = hex("{client}  construct a Finished handshake message:", "Finished");
    private static final Bytes NEW_SESSION_TICKET =
            hex("{server}  construct a NewSessionTicket handshake message:", "NewSessionTicket");

    private final TicketKeys ticketKeys = ServerFixtures.ticketKeys(ServerFixtures.ticketKey("RFC 8448"));

    @Test
    void reproducesTheServerSideOfTheSimpleHandshake() throws Exception {
        NewSessionTicket rfcTicket = NewSessionTicket.CODEC.decodeExactly(
                Rfc8448Server.frame(NEW_SESSION_TICKET).body().toByteArray(), "NewSessionTicket");
        ScriptedRandomSource random = Rfc8448Server.script("RFC 8448 §3 fallback",
                SERVER_HELLO.slice(6, 38),
                hex("{server}  create an ephemeral x25519 key pair:", "private key"),
                Rfc8448Server.pssSalt(signature(CERTIFICATE_VERIFY), Rfc8448Server.privateKey()),
                Bytes.wrap(ByteBuffer.allocate(4).putInt((int) rfcTicket.ticketAgeAdd()).array()));
        CryptoProvider crypto = Rfc8448Server.replaying(random);
        ServerUnderTest server = new ServerUnderTest(config(crypto));

        List<Handshake> flight = server.feed(Rfc8448Server.frame(CLIENT_HELLO));

        assertEquals(List.of(SERVER_HELLO, ENCRYPTED_EXTENSIONS, CERTIFICATE, CERTIFICATE_VERIFY, SERVER_FINISHED),
                flight.stream().map(Handshake::encoded).toList());
        assertEquals(S3.operation("{server}  send handshake record:", 0).field("complete record"),
                Bytes.of((byte) 22, (byte) 3, (byte) 3, (byte) 0, (byte) SERVER_HELLO.length()).concat(flight.get(0).encoded()),
                "RFC 8446 §5.1: the ServerHello travels in a plaintext record");
        RecordingContext.InstalledKeys handshakeWrite = server.cx.writeKeys().get(0);
        assertKeys("{server}  derive write traffic keys for handshake data:", handshakeWrite);
        assertKeys("{server}  derive write traffic keys for application data:", server.cx.writeKeys().get(1));
        assertKeys("{server}  derive read traffic keys for handshake data:", server.cx.readKeys().get(0));
        Bytes encryptedFlight = ENCRYPTED_EXTENSIONS.concat(CERTIFICATE).concat(CERTIFICATE_VERIFY).concat(SERVER_FINISHED);
        assertEquals(S3.operation("{server}  send handshake record:", 1).field("payload"), encryptedFlight);
        assertEquals(S3.operation("{server}  send handshake record:", 1).field("complete record"),
                Rfc8448Server.seal(crypto, handshakeWrite, 0, 22, encryptedFlight));
        assertEquals(List.of("message", "write keys", "message", "message", "message", "message", "write keys",
                "read keys"), server.cx.events().stream().map(RecordingContext.Event::kind).toList(),
                "RFC 8446 §7.3: handshake keys after the ServerHello, application keys after the Finished");
        assertEquals(Optional.of(16385), server.cx.peerRecordSizeLimit());
        assertTrue(server.cx.skippedEarlyData().isEmpty(), "the §3 ClientHello offers no early data");

        List<Handshake> tickets = server.feed(Rfc8448Server.frame(CLIENT_FINISHED));

        assertKeys("{client}  derive write traffic keys for application data:", server.cx.readKeys().get(1));
        assertEquals(1, tickets.size());
        NewSessionTicket ours = NewSessionTicket.CODEC.decodeExactly(tickets.get(0).body().toByteArray(), "ours");
        assertEquals(rfcTicket.ticketLifetime(), ours.ticketLifetime());
        assertEquals(rfcTicket.ticketAgeAdd(), ours.ticketAgeAdd());
        assertEquals(rfcTicket.ticketNonce(), ours.ticketNonce());
        assertNotEquals(rfcTicket.ticket(), ours.ticket(), "the RFC's ticket is NSS's opaque state");
        assertTrue(ours.extensions().isEmpty(), "Parley's tickets never allow early data");
        TicketState sealed = new AeadTicketSealer(crypto, ticketKeys).open(ours.ticket()).orElseThrow();
        assertEquals(hex("{server}  generate resumption secret \"tls13 resumption\":", "expanded"),
                Bytes.wrap(sealed.psk()));
        assertEquals(Optional.of("server"), sealed.serverName());
        assertEquals(0, random.remaining(), "every RFC value was drawn");

        Session session = server.cx.session().orElseThrow();
        assertEquals(ProtocolVersion.TLS13, session.version());
        assertEquals(CipherSuite.TLS_AES_128_GCM_SHA256, session.cipherSuite());
        assertEquals(Optional.of(NamedGroup.X25519), session.group());
        assertEquals(Optional.of("server"), session.serverName());
        assertFalse(session.resumed());
        assertInstanceOf(Connected.class, server.state());
    }

    /**
     * The config RFC 8448's server must have had: its RSA certificate, NSS's group list (which its
     * EncryptedExtensions show), one ticket of 30 seconds.
     */
    private EngineConfig config(CryptoProvider crypto) {
        return EngineConfig.builder()
                .crypto(crypto)
                .clock(ServerFixtures.CLOCK)
                .certificates(List.of(Rfc8448Server.certifiedKey()))
                .groups(List.of(NamedGroup.X25519, NamedGroup.SECP256R1, NamedGroup.SECP384R1, NamedGroup.SECP521R1,
                        NamedGroup.FFDHE2048, NamedGroup.FFDHE3072, NamedGroup.FFDHE4096, NamedGroup.FFDHE6144,
                        NamedGroup.FFDHE8192))
                .ticketLifetime(Duration.ofSeconds(30))
                .ticketsPerHandshake(1)
                .ticketKeys(ticketKeys)
                .build();
    }

    private static Bytes signature(Bytes certificateVerify) throws Exception {
        return CertificateVerify.CODEC.decodeExactly(Rfc8448Server.frame(certificateVerify).body().toByteArray(), "CV")
                .signature();
    }

    private static void assertKeys(String caption, RecordingContext.InstalledKeys keys) {
        assertEquals(S3.hex(caption, "key expanded"), keys.key(), caption + " key");
        assertEquals(S3.hex(caption, "iv expanded"), keys.iv(), caption + " iv");
    }
}
