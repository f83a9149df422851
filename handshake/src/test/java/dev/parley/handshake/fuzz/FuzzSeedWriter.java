package dev.parley.handshake.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.CryptoProvider;
import dev.parley.handshake.engine.EnginePair;
import dev.parley.handshake.engine.TlsEngine;
import dev.parley.record.TlsException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The seed corpus of {@link EngineFuzzTest}: whole conversations between the deterministic engines
 * of {@link FuzzPeers}, one per variant and provider, each side's bytes captured from the wire and
 * prefixed with the variant's byte. Every build checks that each checked-in seed still carries its
 * engine to the end of the handshake (so the corpus cannot silently go stale);
 * {@code -Dparley.fuzz.writeSeeds=handshake/src/test/resources} writes the corpus anew.
 */
class FuzzSeedWriter {

    private static final String INPUTS = "EngineFuzzTestInputs";

    /** What each side sent in one conversation. */
    record Conversation(byte[] fromClient, byte[] fromServer) {
    }

    static Conversation converse(FuzzPeers.Variant variant, Function<String, CryptoProvider> crypto) throws TlsException {
        ByteArrayOutputStream fromClient = new ByteArrayOutputStream();
        ByteArrayOutputStream fromServer = new ByteArrayOutputStream();
        fromClient.write(variant.ordinal());
        fromServer.write(variant.ordinal());
        EnginePair pair = new EnginePair(FuzzPeers.client(variant, crypto), FuzzPeers.server(variant, crypto))
                .tamperClientToServer(chunk -> record(fromClient, chunk))
                .tamperServerToClient(chunk -> record(fromServer, chunk))
                .handshake();
        pair.send(pair.client(), "GET / HTTP/1.1\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        pair.send(pair.server(), "HTTP/1.1 204 No Content\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        pair.client().close();
        pair.server().close();
        pair.pump();
        return new Conversation(fromClient.toByteArray(), fromServer.toByteArray());
    }

    private static byte[] record(ByteArrayOutputStream log, byte[] chunk) {
        log.writeBytes(chunk);
        return chunk;
    }

    @Test
    @EnabledIfSystemProperty(named = "parley.fuzz.writeSeeds", matches = ".+")
    void writeSeeds() throws TlsException, IOException {
        Path root = Path.of(System.getProperty("parley.fuzz.writeSeeds"), "dev", "parley", "handshake", "fuzz", INPUTS);
        for (FuzzPeers.Variant variant : FuzzPeers.Variant.values()) {
            String name = variant.name().toLowerCase(Locale.ROOT).replace('_', '-');
            Conversation real = converse(variant, FuzzPeers::seeded);
            write(root.resolve("serverEngine"), name, real.fromClient());
            write(root.resolve("clientEngineAfterClientHello"), name, real.fromServer());
            Conversation loose = converse(variant, FuzzPeers::fuzzing);
            write(root.resolve("serverEngineThroughChecks"), name, loose.fromClient());
            write(root.resolve("clientEngineThroughChecks"), name, loose.fromServer());
        }
    }

    private static void write(Path directory, String name, byte[] seed) throws IOException {
        Files.createDirectories(directory);
        Files.write(directory.resolve(name), seed);
    }

    @ParameterizedTest
    @EnumSource(FuzzPeers.Variant.class)
    void everySeedCompletesItsHandshake(FuzzPeers.Variant variant) throws TlsException {
        String name = variant.name().toLowerCase(Locale.ROOT).replace('_', '-');
        assertCompletes(FuzzPeers.server(variant, FuzzPeers::seeded), seed("serverEngine", name));
        assertCompletes(afterHello(FuzzPeers.client(variant, FuzzPeers::seeded)), seed("clientEngineAfterClientHello", name));
        assertCompletes(FuzzPeers.server(variant, FuzzPeers::fuzzing), seed("serverEngineThroughChecks", name));
        assertCompletes(afterHello(FuzzPeers.client(variant, FuzzPeers::fuzzing)), seed("clientEngineThroughChecks", name));
    }

    private static TlsEngine afterHello(TlsEngine client) {
        client.produce(ByteBuffer.allocate(64 * 1024));
        return client;
    }

    private static void assertCompletes(TlsEngine engine, byte[] seed) throws TlsException {
        engine.feed(ByteBuffer.wrap(seed, 1, seed.length - 1));
        assertTrue(engine.isHandshakeComplete(), "the seed no longer completes the handshake: write the seeds anew");
        assertTrue(engine.isInboundClosed(), "the seed ends with the peer's close_notify");
    }

    private static byte[] seed(String target, String name) {
        String resource = INPUTS + "/" + target + "/" + name;
        try (InputStream in = FuzzSeedWriter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("missing seed " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
