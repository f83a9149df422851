package dev.parley.handshake.message;

import static dev.parley.handshake.message.HandshakeDecodingTest.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.OfferedPsks;
import dev.parley.handshake.extension.PskIdentity;
import dev.parley.record.AlertDescription;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireFailure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The partial ClientHello PSK binders are computed over (RFC 8446 §4.2.11.2), against the prefix
 * RFC 8448 §4 prints, from the server's side (received bytes) and the client's (own encoding).
 */
class PskBinderTest {

    private static Handshake received() throws DecodeFailure {
        return Handshake.CODEC.decodeExactly(Rfc8448.S4_CLIENT_HELLO.toByteArray(), "ClientHello");
    }

    @Test
    void serverCutsTheReceivedHelloBeforeTheBinders() throws DecodeFailure {
        Handshake frame = received();
        ClientHello hello = (ClientHello) Tls13Messages.decode(frame);
        // One binder of 32 bytes: a two-byte list length, a one-byte entry length, 32 bytes.
        assertEquals(35, hello.bindersLength());
        assertEquals(Rfc8448.S4_CLIENT_HELLO_PREFIX, hello.truncateForBinders(frame));
    }

    @Test
    void clientCutsItsOwnHelloCarryingPlaceholderBinders() throws DecodeFailure {
        ClientHello sent = (ClientHello) Tls13Messages.decode(received());
        ClientHello placeholder = sent.withBinders(List.of(Bytes.wrap(new byte[32])));
        assertEquals(Rfc8448.S4_CLIENT_HELLO_PREFIX, placeholder.truncateForBinders());
        // With the binder RFC 8448 §4 computes over that prefix, the hello is the one it sends.
        assertEquals(Rfc8448.S4_CLIENT_HELLO, Handshake.of(placeholder.withBinders(List.of(Rfc8448.S4_BINDER))).encoded());
    }

    @Test
    void aHelloWithoutPskHasNoBindersToCut() throws DecodeFailure {
        Handshake frame = Handshake.CODEC.decodeExactly(Rfc8448.S3_CLIENT_HELLO.toByteArray(), "ClientHello");
        ClientHello hello = (ClientHello) Tls13Messages.decode(frame);
        assertEquals(0, hello.bindersLength());
        assertEquals(Rfc8448.S3_CLIENT_HELLO, hello.truncateForBinders(frame));
        assertThrows(IllegalStateException.class, () -> hello.withBinders(List.of()));
    }

    @Test
    void refusesToCutAMessageTheHelloWasNotDecodedFrom() throws DecodeFailure {
        ClientHello hello = (ClientHello) Tls13Messages.decode(received());
        Handshake other = Handshake.CODEC.decodeExactly(Rfc8448.S3_CLIENT_HELLO.toByteArray(), "ClientHello");
        assertThrows(IllegalArgumentException.class, () -> hello.truncateForBinders(other));
    }

    @Test
    void rejectsPreSharedKeyThatIsNotTheLastExtension() throws DecodeFailure {
        ClientHello hello = (ClientHello) Tls13Messages.decode(received());
        List<Extension> reordered = new ArrayList<>(hello.extensions());
        Extension psk = reordered.remove(reordered.size() - 1);
        reordered.add(0, psk);
        ClientHello bad = new ClientHello(hello.legacyVersion(), hello.random(), hello.legacySessionId(),
                hello.cipherSuites(), hello.legacyCompressionMethods(), reordered);
        DecodeFailure failure = assertFails(HandshakeFailure.PRE_SHARED_KEY_NOT_LAST,
                () -> Tls13Messages.decode(Handshake.of(bad)));
        assertEquals(AlertDescription.ILLEGAL_PARAMETER, failure.alert());
    }

    @Test
    void rejectsAnOfferWithMoreIdentitiesThanBinders() {
        OfferedPsks offer = new OfferedPsks(List.of(new PskIdentity(Bytes.fromHex("01"), 0),
                new PskIdentity(Bytes.fromHex("02"), 0)), List.of(Bytes.wrap(new byte[32])));
        Extension extension = OfferedPsks.EXTENSION.toExtension(offer);
        DecodeFailure failure = assertFails(HandshakeFailure.PSK_BINDER_COUNT_MISMATCH,
                () -> OfferedPsks.EXTENSION.decode(extension));
        assertEquals(AlertDescription.ILLEGAL_PARAMETER, failure.alert());
    }

    @Test
    void rejectsABinderShorterThan32Bytes() {
        OfferedPsks offer = new OfferedPsks(List.of(new PskIdentity(Bytes.fromHex("01"), 0)),
                List.of(Bytes.wrap(new byte[31])));
        assertFails(WireFailure.LENGTH_OUT_OF_RANGE,
                () -> OfferedPsks.EXTENSION.decode(OfferedPsks.EXTENSION.toExtension(offer)));
    }
}
