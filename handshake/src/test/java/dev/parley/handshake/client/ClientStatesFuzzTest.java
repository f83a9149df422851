package dev.parley.handshake.client;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.KeyAgreementAlgorithm;
import dev.parley.crypto.ReplayRandomSource;
import dev.parley.crypto.SeededRandomSource;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.HandshakeReassembler;
import dev.parley.record.TlsException;
import java.util.Optional;

/**
 * Jazzer target for the client state machine: after a valid ClientHello, whatever the server sends
 * must end in a next state or a {@link TlsException}, never in another exception. The seed corpus
 * is RFC 8448's server messages, which take the client all the way to CONNECTED, a ticket and a
 * KeyUpdate. Runs its corpus in regression mode with every {@code mvn verify};
 * {@code JAZZER_FUZZ=1} makes a fuzzing campaign.
 */
class ClientStatesFuzzTest {

    /**
     * The first byte picks the client: even, the one that sent RFC 8448 §3's ClientHello; odd, the
     * one that sent §5's (whose server answers with a HelloRetryRequest). The rest is the stream
     * of handshake messages from the server, cut into messages as records would carry them.
     */
    @FuzzTest
    void serverMessagesFailCleanly(byte[] input) throws Exception {
        if (input.length == 0) {
            return;
        }
        Replay client = (input[0] & 1) == 0 ? Rfc8448SimpleHandshakeClientTest.replay(new MapSessionStore())
                : helloRetryClient();
        HandshakeReassembler reassembler = new HandshakeReassembler();
        try {
            reassembler.feed(Bytes.of(input, 1, input.length - 1));
            for (Optional<Handshake> frame = reassembler.next(); frame.isPresent(); frame = reassembler.next()) {
                client.feed(frame.get());
            }
        } catch (TlsException expected) {
            // The only way a client may refuse what it is fed.
        }
    }

    private static Replay helloRetryClient() throws Exception {
        CryptoProvider crypto = new BouncyCastleCryptoProvider(ReplayRandomSource.of(new SeededRandomSource("fuzz"),
                Rfc8448Traces.section(5).hex(Rfc8448Traces.CLIENT_P256_KEY_PAIR, "private key")));
        return Replay.from(Rfc8448Traces.config(crypto, Rfc8448SimpleHandshakeClientTest.pinnedRfcServer()).build(),
                Rfc8448Traces.clientHello(Rfc8448Traces.message(5, Rfc8448Traces.CLIENT_HELLO, 0)), NamedGroup.X25519,
                Rfc8448Traces.keyShare(crypto, 5, Rfc8448Traces.CLIENT_KEY_PAIR, KeyAgreementAlgorithm.X25519),
                Optional.empty(), Optional.of(Rfc8448Traces.SERVER_NAME));
    }
}
