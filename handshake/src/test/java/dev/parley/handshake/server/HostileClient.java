package dev.parley.handshake.server;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.ClientAuth;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.PeerVerifier;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.message.Handshake;
import dev.parley.record.TlsException;
import java.util.List;
import java.util.Optional;

/**
 * Puts a server into one of its states with a well-behaved client, then lets arbitrary bytes
 * speak for the client: the shared ground of the robustness properties and the Jazzer targets.
 * A state may answer only with a transition or a {@link TlsException}; anything else escapes.
 */
final class HostileClient {

    /** The state the hostile bytes arrive in. */
    enum Stage {
        AFTER_CLIENT_HELLO, AFTER_CLIENT_HELLO_WITH_CLIENT_AUTH, AFTER_HELLO_RETRY_REQUEST, CONNECTED
    }

    private HostileClient() {
    }

    static EngineConfig config(boolean clientAuth) {
        EngineConfig.Builder config = ServerFixtures.server("hostile");
        if (clientAuth) {
            config.clientAuth(ClientAuth.REQUIRED).peerVerifier(PeerVerifier.insecureAcceptAnything());
        }
        return config.build();
    }

    /** A server brought to {@code stage} by a conforming client. */
    static ServerUnderTest at(Stage stage) throws TlsException {
        ServerUnderTest server = new ServerUnderTest(config(stage == Stage.AFTER_CLIENT_HELLO_WITH_CLIENT_AUTH));
        TestClient client = new TestClient(ServerFixtures.crypto("hostile client"));
        if (stage == Stage.AFTER_HELLO_RETRY_REQUEST) {
            server.feed(client.send(new ClientHelloBuilder(client, NamedGroup.X448)
                    .groups(NamedGroup.X448, NamedGroup.SECP256R1).build()));
            return server;
        }
        client.receiveAll(server.feed(client.send(new ClientHelloBuilder(client).build())));
        if (stage == Stage.CONNECTED) {
            server.feed(client.secondFlight(Optional.empty()).get(0));
        }
        return server;
    }

    /**
     * Feeds {@code stream} as handshake messages (msg_type, a three-byte length, the body, the
     * length cut to what is left) until one fails; only {@link TlsException} may come out.
     */
    static void feed(ServerUnderTest server, byte[] stream, int from) {
        int at = from;
        try {
            while (stream.length - at >= 4) {
                int type = stream[at] & 0xFF;
                int length = ((stream[at + 1] & 0xFF) << 16) | ((stream[at + 2] & 0xFF) << 8) | (stream[at + 3] & 0xFF);
                length = Math.min(length, stream.length - at - 4);
                server.feed(new Handshake(new HandshakeType(type), Bytes.of(stream, at + 4, length)));
                at += 4 + length;
            }
        } catch (TlsException expected) {
            // the only way a state may refuse a message
        }
    }

    /** Feeds one ClientHello body to a fresh server. */
    static void clientHello(byte[] body) {
        try {
            new ServerUnderTest(config(false)).feed(new Handshake(HandshakeType.CLIENT_HELLO, Bytes.wrap(body)));
        } catch (TlsException expected) {
            // the only way a state may refuse a message
        }
    }

    static List<Stage> stages() {
        return List.of(Stage.values());
    }
}
