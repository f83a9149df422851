package dev.parley.handshake.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.handshake.EngineFailure;
import dev.parley.handshake.engine.TlsEngine;
import dev.parley.record.TlsException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Jazzer targets for whole engines: arbitrary bytes from the network to a fresh server engine,
 * and to a client engine that has sent its ClientHello. Only {@link TlsException} may come out,
 * and never {@link EngineFailure#INTERNAL}, which is how the engine reports an unchecked exception
 * that escaped a state: either is a finding.
 *
 * <p>Each input's first byte picks the {@link FuzzPeers.Variant} (plain, HelloRetryRequest,
 * client authentication); the rest is the wire. The engines are deterministic, so the seeds
 * (flights captured by {@link FuzzSeedWriter}) are valid conversations that reach the connected
 * state. The {@code ...ThroughChecks} targets use the {@link FuzzingCryptoProvider}, with which
 * mutated records, Finished messages, binders and signatures pass, so mutations reach every state;
 * the others use the real primitives. Regression mode runs the seeds in every {@code mvn verify};
 * {@code JAZZER_FUZZ=1} starts a campaign.
 */
class EngineFuzzTest {

    @FuzzTest
    void serverEngine(byte[] input) throws TlsException {
        asServer(input, FuzzPeers::seeded);
    }

    @FuzzTest
    void clientEngineAfterClientHello(byte[] input) throws TlsException {
        asClient(input, FuzzPeers::seeded);
    }

    @FuzzTest
    void serverEngineThroughChecks(byte[] input) throws TlsException {
        asServer(input, FuzzPeers::fuzzing);
    }

    @FuzzTest
    void clientEngineThroughChecks(byte[] input) throws TlsException {
        asClient(input, FuzzPeers::fuzzing);
    }

    private static void asServer(byte[] input, Function<String, CryptoProvider> crypto) throws TlsException {
        if (input.length == 0) {
            return;
        }
        drive(FuzzPeers.server(variant(input), crypto), input);
    }

    private static void asClient(byte[] input, Function<String, CryptoProvider> crypto) throws TlsException {
        if (input.length == 0) {
            return;
        }
        TlsEngine client = FuzzPeers.client(variant(input), crypto);
        client.produce(ByteBuffer.allocate(64 * 1024));
        drive(client, input);
    }

    static FuzzPeers.Variant variant(byte[] input) {
        FuzzPeers.Variant[] variants = FuzzPeers.Variant.values();
        return variants[(input[0] & 0xFF) % variants.length];
    }

    /** Feeds the wire after the first byte, then uses whatever the engine has become. */
    private static void drive(TlsEngine engine, byte[] input) {
        ByteBuffer wire = ByteBuffer.wrap(input, 1, input.length - 1);
        ByteBuffer out = ByteBuffer.allocate(64 * 1024);
        try {
            engine.feed(wire);
            engine.produce(out.clear());
            if (engine.isHandshakeComplete()) {
                engine.read(out.clear());
                engine.write(ByteBuffer.wrap(new byte[] {1, 2, 3}));
                engine.updateKeys(true);
                engine.exportKeyingMaterial("EXPORTER-fuzz", Bytes.EMPTY, 16);
                engine.close();
            }
            engine.endOfInput();
        } catch (TlsException expected) {
            // a Parley failure: what hostile input is allowed to cause
        }
        while (engine.produce(out.clear()) > 0) {
            // drain the alert or close_notify
        }
        engine.failure().ifPresent(failure -> {
            if (failure.reason() == EngineFailure.INTERNAL) {
                throw new AssertionError("an unchecked exception escaped a state on input "
                        + Arrays.toString(Arrays.copyOf(input, Math.min(input.length, 64))), failure);
            }
        });
    }
}
