package dev.parley.handshake.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.Session;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.NamedGroupList;
import dev.parley.handshake.keys.Rfc8448;
import dev.parley.handshake.message.EncryptedExtensions;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.HelloRetryRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * RFC 8448 §5 (HelloRetryRequest), the server's side. The RFC's client offers an X25519 share and
 * supports P-256; a server that accepts P-256 and P-384 but not X25519 must ask for P-256.
 *
 * <p>RFC 8448's server was stateless and put a cookie (its opaque state) into the
 * HelloRetryRequest; Parley keeps the retry state in the connection and sends no cookie, so our
 * HelloRetryRequest is the RFC's without the cookie extension (asserted), and the RFC's second
 * ClientHello, which echoes the cookie, is still accepted (a cookie we did not ask for carries
 * nothing we rely on). Since the HelloRetryRequest is in the transcript, the handshake secrets
 * differ from the RFC's from here on. What matches byte for byte: the HelloRetryRequest (less the
 * cookie), the ServerHello (random and P-256 share replayed) and the Certificate. The
 * EncryptedExtensions list this server's groups rather than NSS's. The handshake is then finished
 * by a client holding the RFC client's P-256 key.
 */
class Rfc8448HelloRetryRequestServerTest {

    private static final Rfc8448.Section S5 = Rfc8448.section(5);
    private static final String CLIENT_HELLO = "{client}  construct a ClientHello handshake message:";
    private static final String SERVER_HELLO = "{server}  construct a ServerHello handshake message:";

    @Test
    void asksForP256AndCompletesWithTheSecondClientHello() throws Exception {
        Bytes retry = S5.operation(SERVER_HELLO, 0).field("ServerHello");
        Bytes serverHello = S5.operation(SERVER_HELLO, 1).field("ServerHello");
        ScriptedRandomSource random = Rfc8448Server.script("RFC 8448 §5 fallback", serverHello.slice(6, 38),
                S5.hex("{server}  create an ephemeral P-256 key pair:", "private key"));
        CryptoProvider crypto = Rfc8448Server.replaying(random);
        ServerUnderTest server = new ServerUnderTest(EngineConfig.builder()
                .crypto(crypto)
                .clock(ServerFixtures.CLOCK)
                .certificates(List.of(Rfc8448Server.certifiedKey()))
                .groups(List.of(NamedGroup.SECP256R1, NamedGroup.SECP384R1))
                .keyShareGroups(List.of())
                .ticketKeys(ServerFixtures.ticketKeys(ServerFixtures.ticketKey("§5")))
                .build());
        TestClient client = new TestClient(ServerFixtures.crypto("RFC 8448 §5 client"));
        client.knownShare(NamedGroup.SECP256R1, S5.hex("{client}  create an ephemeral P-256 key pair:", "private key")
                .toByteArray());

        List<Handshake> answer = server.feed(client.sendAsIs(Rfc8448Server.frame(
                S5.operation(CLIENT_HELLO, 0).field("ClientHello"))));

        assertEquals(List.of(withoutCookie(retry)), answer.stream().map(Handshake::encoded).toList());
        assertEquals(0, server.cx.changeCipherSpecs(), "the RFC's client sent no session id");
        assertInstanceOf(WaitSecondClientHello.class, server.state());
        client.receive(answer.get(0));

        List<Handshake> flight = server.feed(client.sendAsIs(Rfc8448Server.frame(
                S5.operation(CLIENT_HELLO, 1).field("ClientHello"))));

        assertEquals(serverHello, flight.get(0).encoded());
        assertEquals(withOurGroups(S5.hex("{server}  construct an EncryptedExtensions handshake message:",
                "EncryptedExtensions")), flight.get(1).encoded());
        assertEquals(S5.hex("{server}  construct a Certificate handshake message:", "Certificate"),
                flight.get(2).encoded());
        assertEquals(0, random.remaining());

        client.receiveAll(flight);
        server.feed(client.secondFlight(Optional.empty()).get(0));
        Session session = server.cx.session().orElseThrow();
        assertTrue(session.helloRetryRequest());
        assertEquals(Optional.of(NamedGroup.SECP256R1), session.group());
    }

    /** The RFC's HelloRetryRequest with the cookie extension taken out. */
    private static Bytes withoutCookie(Bytes retry) throws Exception {
        HelloRetryRequest rfc = HelloRetryRequest.CODEC.decodeExactly(Rfc8448Server.frame(retry).body().toByteArray(),
                "HelloRetryRequest");
        List<Extension> kept = rfc.extensions().stream()
                .filter(extension -> !extension.extensionType().equals(ExtensionType.COOKIE)).toList();
        assertEquals(rfc.extensions().size() - 1, kept.size(), "the RFC's HelloRetryRequest has a cookie");
        return Handshake.of(new HelloRetryRequest(rfc.legacyVersion(), rfc.legacySessionIdEcho(), rfc.cipherSuite(),
                rfc.legacyCompressionMethod(), kept)).encoded();
    }

    /** The RFC's EncryptedExtensions with supported_groups listing this server's groups. */
    private static Bytes withOurGroups(Bytes encryptedExtensions) throws Exception {
        EncryptedExtensions rfc = EncryptedExtensions.CODEC.decodeExactly(
                Rfc8448Server.frame(encryptedExtensions).body().toByteArray(), "EncryptedExtensions");
        Extension ours = NamedGroupList.EXTENSION.toExtension(
                new NamedGroupList(List.of(NamedGroup.SECP256R1, NamedGroup.SECP384R1)));
        return Handshake.of(new EncryptedExtensions(rfc.extensions().stream()
                .map(extension -> extension.extensionType().equals(ExtensionType.SUPPORTED_GROUPS) ? ours : extension)
                .toList())).encoded();
    }
}
