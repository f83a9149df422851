package dev.parley.handshake.client;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.KeyShare;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.message.ClientHello;
import dev.parley.handshake.message.Handshake;
import dev.parley.record.TlsException;
import java.util.Map;
import java.util.Optional;

/**
 * Drives the client states with recorded server messages: it starts from a given ClientHello (an
 * RFC 8448 one, say) instead of one the builder makes, so the client's transcript holds exactly
 * the RFC's bytes, and then feeds messages one at a time into whatever state the client is in.
 */
final class Replay {

    private final RecordingContext context;
    private ClientState state;

    private Replay(RecordingContext context, ClientState state) {
        this.context = context;
        this.state = state;
    }

    /**
     * A client that has sent {@code hello}, offering {@code share} in {@code group}, for
     * {@code serverName} (the name the verifier is told).
     */
    static Replay from(EngineConfig config, ClientHello hello, NamedGroup group, KeyShare share,
                       Optional<PskOffer> psk, Optional<String> serverName) throws TlsException {
        RecordingContext context = new RecordingContext(config);
        ClientOffer offer = ClientOffer.of(hello, Map.of(group, share), psk);
        ClientSetup setup = new ClientSetup(serverName, "session", config.peerVerifier().orElseThrow());
        return new Replay(context, ClientHandshake.begin(context, setup, offer));
    }

    /** A client driven from {@code state}, as the engine would after {@code ClientHandshake.start}. */
    static Replay of(RecordingContext context, ClientState state) {
        return new Replay(context, state);
    }

    /** Hands the client one whole handshake message, header included. */
    Replay feed(Bytes message) throws TlsException {
        return feed(Handshake.CODEC.decodeExactly(message.toByteArray(), "handshake message"));
    }

    /** Hands the client one handshake frame. */
    Replay feed(Handshake frame) throws TlsException {
        state = state.handle(context, frame);
        return this;
    }

    /** Hands the client several messages in order. */
    Replay feed(Bytes... messages) throws TlsException {
        for (Bytes message : messages) {
            feed(message);
        }
        return this;
    }

    /** The state the client is in. */
    ClientState state() {
        return state;
    }

    /** What the client did through its context. */
    RecordingContext context() {
        return context;
    }
}
