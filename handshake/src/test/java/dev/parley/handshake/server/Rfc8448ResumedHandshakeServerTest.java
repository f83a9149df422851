package dev.parley.handshake.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.Session;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.keys.Rfc8448;
import dev.parley.handshake.message.ClientHello;
import dev.parley.handshake.message.EncryptedExtensions;
import dev.parley.handshake.message.Finished;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.NewSessionTicket;
import dev.parley.record.ProtocolVersion;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * RFC 8448 §4 (resumed 0-RTT handshake), the server's side, without the early data: the RFC's
 * ClientHello, with its ticket, PSK binder and early_data offer, is answered by the states.
 *
 * <p>The RFC's ticket is NSS's opaque state, so a test {@link TicketSealer} opens exactly that
 * ticket to a state holding the RFC's resumption PSK (§3 "tls13 resumption"); everything else is
 * the server's own work. What matches the RFC byte for byte: the binder check, the ServerHello
 * (pre_shared_key, key_share, supported_versions) and the handshake traffic keys of both sides.
 * What cannot: Parley rejects early data, so its EncryptedExtensions lack the early_data
 * extension (asserted: the RFC's without it), and from there the transcript, Finished messages and
 * application keys differ. Both Finished messages are checked with the finished keys the RFC
 * prints, computed independently with the JDK's HMAC over our transcript.
 */
class Rfc8448ResumedHandshakeServerTest {

    private static final Rfc8448.Section S3 = Rfc8448.section(3);
    private static final Rfc8448.Section S4 = Rfc8448.section(4);

    private static final Bytes CLIENT_HELLO = S4.operation("{client}  send handshake record:", 0).field("payload");
    private static final Bytes SERVER_HELLO = S4.hex("{server}  construct a ServerHello handshake message:", "ServerHello");
    private static final Bytes ENCRYPTED_EXTENSIONS =
            S4.hex("{server}  construct an EncryptedExtensions handshake message:", "EncryptedExtensions");

    @Test
    void resumesWithTheRfcTicketAndRejectsItsEarlyData() throws Exception {
        NewSessionTicket issued = NewSessionTicket.CODEC.decodeExactly(Rfc8448Server.frame(
                S3.hex("{server}  construct a NewSessionTicket handshake message:", "NewSessionTicket")).body()
                .toByteArray(), "NewSessionTicket");
        ClientHello hello = ClientHello.CODEC.decodeExactly(Rfc8448Server.frame(CLIENT_HELLO).body().toByteArray(), "CH");
        assertEquals(issued.ticket(), hello.offeredPsks().orElseThrow().identities().get(0).identity(),
                "§4 offers the ticket §3 issued");

        ScriptedRandomSource random = Rfc8448Server.script("RFC 8448 §4 fallback", SERVER_HELLO.slice(6, 38),
                S4.hex("{server}  create an ephemeral x25519 key pair:", "private key"));
        CryptoProvider crypto = Rfc8448Server.replaying(random);
        EngineConfig config = config(crypto);
        ServerUnderTest server = new ServerUnderTest(config, new RfcTicketSealer(issued.ticket(),
                S3.hex("{server}  generate resumption secret \"tls13 resumption\":", "expanded"),
                new AeadTicketSealer(crypto, config.ticketKeys().orElseThrow())));

        List<Handshake> flight = server.feed(Rfc8448Server.frame(CLIENT_HELLO));

        assertEquals(List.of(SERVER_HELLO, withoutEarlyData(ENCRYPTED_EXTENSIONS)),
                flight.subList(0, 2).stream().map(Handshake::encoded).toList());
        assertEquals(3, flight.size(), "a resumption sends no Certificate or CertificateVerify");
        assertEquals(0, random.remaining());
        assertKeys(S4, "{server}  derive write traffic keys for handshake data:", server.cx.writeKeys().get(0));
        assertKeys(S4, "{client}  derive write traffic keys for handshake data:", server.cx.readKeys().get(0));
        assertEquals(Optional.of(WaitClientHello.MAX_REJECTED_EARLY_DATA), server.cx.skippedEarlyData(),
                "RFC 8446 §4.2.10: the rejected 0-RTT records are skipped");

        byte[] transcript = CLIENT_HELLO.concat(SERVER_HELLO).concat(flight.get(1).encoded()).toByteArray();
        Bytes serverFinished = hmac(S4.operation("{server}  calculate finished \"tls13 finished\":").field("expanded"),
                transcript);
        assertEquals(Handshake.of(new Finished(serverFinished)), flight.get(2));

        byte[] withServerFinished = Bytes.wrap(transcript).concat(flight.get(2).encoded()).toByteArray();
        Bytes clientFinished = hmac(S4.operation("{client}  calculate finished \"tls13 finished\":").field("expanded"),
                withServerFinished);
        server.feed(Handshake.of(new Finished(clientFinished)));

        Session session = server.cx.session().orElseThrow();
        assertTrue(session.resumed());
        assertEquals(CipherSuite.TLS_AES_128_GCM_SHA256, session.cipherSuite());
        assertEquals(Optional.of(NamedGroup.X25519), session.group());
        assertEquals(Optional.of("server"), session.serverName());
        assertTrue(session.localCertificates().isEmpty(), "no Certificate was sent");
        assertEquals(ProtocolVersion.TLS13, session.version());
        assertInstanceOf(Connected.class, server.state());
    }

    private static EngineConfig config(CryptoProvider crypto) {
        return EngineConfig.builder()
                .crypto(crypto)
                .clock(ServerFixtures.CLOCK)
                .certificates(List.of(Rfc8448Server.certifiedKey()))
                .groups(List.of(NamedGroup.X25519, NamedGroup.SECP256R1, NamedGroup.SECP384R1, NamedGroup.SECP521R1,
                        NamedGroup.FFDHE2048, NamedGroup.FFDHE3072, NamedGroup.FFDHE4096, NamedGroup.FFDHE6144,
                        NamedGroup.FFDHE8192))
                .ticketLifetime(Duration.ofSeconds(30))
                .ticketsPerHandshake(1)
                .ticketKeys(ServerFixtures.ticketKeys(ServerFixtures.ticketKey("§4")))
                .build();
    }

    /** The RFC's EncryptedExtensions with the early_data acknowledgement taken out. */
    private static Bytes withoutEarlyData(Bytes encryptedExtensions) throws Exception {
        EncryptedExtensions rfc = EncryptedExtensions.CODEC.decodeExactly(
                Rfc8448Server.frame(encryptedExtensions).body().toByteArray(), "EncryptedExtensions");
        List<Extension> kept = rfc.extensions().stream()
                .filter(extension -> !extension.extensionType().equals(ExtensionType.EARLY_DATA)).toList();
        assertEquals(rfc.extensions().size() - 1, kept.size(), "the RFC's server accepted early data");
        return Handshake.of(new EncryptedExtensions(kept)).encoded();
    }

    /** HMAC-SHA256(finished_key, SHA-256(transcript)), RFC 8446 §4.4.4, with the JDK's own primitives. */
    private static Bytes hmac(Bytes finishedKey, byte[] transcript) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(finishedKey.toByteArray(), "HmacSHA256"));
        return Bytes.wrap(mac.doFinal(MessageDigest.getInstance("SHA-256").digest(transcript)));
    }

    private static void assertKeys(Rfc8448.Section section, String caption, RecordingContext.InstalledKeys keys) {
        assertEquals(section.hex(caption, "key expanded"), keys.key(), caption + " key");
        assertEquals(section.hex(caption, "iv expanded"), keys.iv(), caption + " iv");
    }

    /**
     * Opens the RFC's one ticket to the session §3 established (the RFC's resumption PSK, SNI
     * "server", issued at the fixed clock's now with §3's 30-second lifetime); seals like the real one.
     */
    private static final class RfcTicketSealer implements TicketSealer {
        private final Bytes ticket;
        private final Bytes psk;
        private final TicketSealer real;

        RfcTicketSealer(Bytes ticket, Bytes psk, TicketSealer real) {
            this.ticket = ticket;
            this.psk = psk;
            this.real = real;
        }

        @Override
        public Optional<Bytes> seal(TicketState state) {
            return real.seal(state);
        }

        @Override
        public Optional<TicketState> open(Bytes offered) {
            if (!offered.equals(ticket)) {
                return Optional.empty();
            }
            return Optional.of(new TicketState(ProtocolVersion.TLS13, CipherSuite.TLS_AES_128_GCM_SHA256,
                    psk.toByteArray(), ServerFixtures.NOW, Duration.ofSeconds(30), 0xfad6aac5L, Optional.of("server"),
                    Optional.empty(), List.of()));
        }
    }
}
