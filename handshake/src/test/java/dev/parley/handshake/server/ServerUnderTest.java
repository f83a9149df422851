package dev.parley.handshake.server;

import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.message.Handshake;
import dev.parley.record.TlsException;
import java.util.List;

/**
 * The server states driven through a {@link RecordingContext}, the way the engine drives them:
 * each received message goes to the current state, which is replaced by the one it returns. Once
 * a state has thrown, the server stays failed, as the engine does.
 */
final class ServerUnderTest {

    final RecordingContext cx;
    private ServerState state;
    private TlsException failure;

    ServerUnderTest(EngineConfig config) {
        this.cx = new RecordingContext(config);
        this.state = ServerHandshake.start(cx);
    }

    ServerUnderTest(EngineConfig config, TicketSealer sealer) {
        this.cx = new RecordingContext(config);
        this.state = ServerHandshake.start(cx, sealer);
    }

    /** Feeds {@code frame} and returns the messages the server sent in answer. */
    List<Handshake> feed(Handshake frame) throws TlsException {
        if (failure != null) {
            throw failure;
        }
        int before = cx.sent().size();
        try {
            state = state.handle(cx, frame);
        } catch (TlsException e) {
            failure = e;
            throw e;
        }
        return cx.sentFrames(before);
    }

    ServerState state() {
        return state;
    }
}
