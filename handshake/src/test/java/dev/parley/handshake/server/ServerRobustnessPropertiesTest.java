package dev.parley.handshake.server;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.message.Handshake;
import dev.parley.record.TlsException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Random client messages never produce anything but a {@link TlsException}: arbitrary
 * ClientHello bodies, well-formed ClientHellos with arbitrary extensions and a flipped byte, and
 * arbitrary message streams in every later state.
 */
class ServerRobustnessPropertiesTest {

    @Property(tries = 500)
    void arbitraryClientHelloBodies(@ForAll @Size(max = 600) byte[] body) {
        HostileClient.clientHello(body);
    }

    @Provide
    Arbitrary<List<Extension>> extensions() {
        Arbitrary<ExtensionType> types = Arbitraries.oneOf(
                Arbitraries.of(0, 5, 10, 13, 16, 28, 41, 42, 43, 44, 45, 47, 48, 49, 50, 51).map(ExtensionType::new),
                Arbitraries.integers().between(0, 0xFFFF).map(ExtensionType::new));
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(40).flatMap(data -> types.map(type ->
                new Extension(type, Bytes.wrap(data)))).list().ofMaxSize(4);
    }

    @Property(tries = 300)
    void clientHellosWithArbitraryExtensionsAndAFlippedByte(@ForAll("extensions") List<Extension> extra,
                                                           @ForAll int position, @ForAll byte xor,
                                                           @ForAll boolean flip) {
        TestClient client = new TestClient(ServerFixtures.crypto("robust client"));
        ClientHelloBuilder builder = new ClientHelloBuilder(client, NamedGroup.X25519)
                .suites(CipherSuite.TLS_AES_128_GCM_SHA256, new CipherSuite(0x1a1a));
        extra.forEach(builder::put);
        byte[] body = Handshake.of(builder.build()).body().toByteArray();
        if (flip) {
            body[Math.floorMod(position, body.length)] ^= xor;
        }
        HostileClient.clientHello(body);
    }

    @Property(tries = 200)
    void arbitraryMessagesInEveryLaterState(@ForAll("stages") HostileClient.Stage stage,
                                            @ForAll("streams") byte[] stream) throws TlsException {
        HostileClient.feed(HostileClient.at(stage), stream, 0);
    }

    @Provide
    Arbitrary<HostileClient.Stage> stages() {
        return Arbitraries.of(HostileClient.Stage.class);
    }

    /** Streams of plausible headers (the handshake types a client could send) over random bodies. */
    @Provide
    Arbitrary<byte[]> streams() {
        Arbitrary<byte[]> message = Arbitraries.bytes().array(byte[].class).ofMaxSize(120).flatMap(body ->
                Arbitraries.of(1, 4, 5, 8, 11, 13, 15, 20, 24, 254, 99).map(type -> {
                    byte[] framed = new byte[4 + body.length];
                    framed[0] = (byte) (int) type;
                    framed[2] = (byte) (body.length >>> 8);
                    framed[3] = (byte) body.length;
                    System.arraycopy(body, 0, framed, 4, body.length);
                    return framed;
                }));
        return message.list().ofMinSize(1).ofMaxSize(3).map(parts -> {
            int length = parts.stream().mapToInt(p -> p.length).sum();
            byte[] all = new byte[length];
            int at = 0;
            for (byte[] part : parts) {
                System.arraycopy(part, 0, all, at, part.length);
                at += part.length;
            }
            return all;
        });
    }
}
