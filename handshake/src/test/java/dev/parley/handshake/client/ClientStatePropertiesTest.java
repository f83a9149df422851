package dev.parley.handshake.client;

import static dev.parley.handshake.client.Rfc8448Traces.CERTIFICATE;
import static dev.parley.handshake.client.Rfc8448Traces.CERTIFICATE_VERIFY;
import static dev.parley.handshake.client.Rfc8448Traces.ENCRYPTED_EXTENSIONS;
import static dev.parley.handshake.client.Rfc8448Traces.NEW_SESSION_TICKET;
import static dev.parley.handshake.client.Rfc8448Traces.SERVER_FINISHED;
import static dev.parley.handshake.client.Rfc8448Traces.SERVER_HELLO;
import static dev.parley.handshake.client.Rfc8448Traces.message;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.message.Handshake;
import dev.parley.record.TlsException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile server messages at every client state: arbitrary bytes, or RFC 8448's message for that
 * state with bytes flipped, cut or appended, as the body of the message type the state expects
 * (or of any type). The client must answer with a next state or a {@link TlsException}, never
 * anything else.
 */
class ClientStatePropertiesTest {

    /** The RFC 8448 §3 messages, in order; the client at stage i has been fed the first i. */
    private static final List<Bytes> FLIGHT = List.of(message(3, SERVER_HELLO), message(3, ENCRYPTED_EXTENSIONS),
            message(3, CERTIFICATE), message(3, CERTIFICATE_VERIFY), message(3, SERVER_FINISHED),
            message(3, NEW_SESSION_TICKET));

    /** What to feed, at which stage of the §3 handshake. */
    record Input(int stage, int type, Bytes body) {
        @Override
        public String toString() {
            return "stage " + stage + ", type " + type + ", body " + body.toHex();
        }
    }

    @Property(tries = 400)
    void expectedMessagesWithHostileBodiesFailCleanly(@ForAll("expectedTypes") Input input) throws Exception {
        feed(input);
    }

    @Property(tries = 200)
    void anyMessageTypeFailsCleanly(@ForAll("anyTypes") Input input) throws Exception {
        feed(input);
    }

    private static void feed(Input input) throws Exception {
        Replay client = Rfc8448SimpleHandshakeClientTest.replay(new MapSessionStore());
        for (int i = 0; i < input.stage(); i++) {
            client.feed(FLIGHT.get(i));
        }
        Bytes frame = new Handshake(new HandshakeType(input.type()), input.body()).encoded();
        try {
            client.feed(frame);
        } catch (TlsException expected) {
            // The only way a client may refuse what it is fed.
        }
    }

    @Provide
    Arbitrary<Input> expectedTypes() {
        return Arbitraries.integers().between(0, FLIGHT.size() - 1).flatMap(stage -> {
            Bytes template = FLIGHT.get(stage);
            int type = template.getUnsigned(0);
            return bodies(template.slice(Handshake.HEADER_LENGTH, template.length()))
                    .map(body -> new Input(stage, type, body));
        });
    }

    @Provide
    Arbitrary<Input> anyTypes() {
        return Arbitraries.integers().between(0, FLIGHT.size() - 1).flatMap(stage -> Arbitraries.integers()
                .between(0, 255).flatMap(type -> bodies(FLIGHT.get(stage).slice(Handshake.HEADER_LENGTH,
                        FLIGHT.get(stage).length())).map(body -> new Input(stage, type, body))));
    }

    /** Arbitrary bytes, or {@code template} with some bytes flipped and its end cut or extended. */
    private static Arbitrary<Bytes> bodies(Bytes template) {
        Arbitrary<Bytes> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(600).map(Bytes::wrap);
        Arbitrary<Bytes> mutated = Arbitraries.integers().between(0, template.length() - 1).list().ofMaxSize(4)
                .flatMap(positions -> Arbitraries.integers().between(-8, 8).map(cut -> {
                    byte[] bytes = template.toByteArray();
                    for (int position : positions) {
                        bytes[position] ^= (byte) (1 + position % 255);
                    }
                    Bytes flipped = Bytes.wrap(bytes);
                    return cut < 0 ? flipped.slice(0, Math.max(0, flipped.length() + cut))
                            : flipped.concat(Bytes.wrap(new byte[cut]));
                }));
        return Arbitraries.oneOf(random, mutated);
    }
}
