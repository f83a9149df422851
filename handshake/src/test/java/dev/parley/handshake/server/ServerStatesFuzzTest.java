package dev.parley.handshake.server;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.record.TlsException;

/**
 * Jazzer targets for the server states: arbitrary bytes as a ClientHello, and as the client's
 * later messages in each state a conforming client can bring the server to. Only
 * {@link TlsException} may come out (an AssertionError or any unchecked exception is a finding).
 * The seed corpus holds RFC 8448's client messages; it runs in regression mode with every
 * {@code mvn verify}, and {@code JAZZER_FUZZ=1} starts a campaign.
 */
class ServerStatesFuzzTest {

    @FuzzTest
    void clientHelloBodies(byte[] input) {
        HostileClient.clientHello(input);
    }

    /** The first byte picks the stage; the rest is a stream of handshake messages. */
    @FuzzTest
    void laterClientMessages(byte[] input) throws TlsException {
        if (input.length == 0) {
            return;
        }
        HostileClient.Stage stage = HostileClient.stages().get((input[0] & 0xFF) % HostileClient.stages().size());
        HostileClient.feed(HostileClient.at(stage), input, 1);
    }
}
