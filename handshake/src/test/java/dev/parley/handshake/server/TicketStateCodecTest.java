package dev.parley.handshake.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.wire.CodecProperties;
import dev.parley.record.wire.DecodeFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The sealed ticket state's own codec: the shared codec laws, hostile bytes, and its bounds. */
class TicketStateCodecTest {

    /** The first eight fields, which jqwik combines at most eight at a time. */
    private record Head(int version, int suite, byte[] psk, long issuedAt, long lifetime, long ageAdd,
                        Optional<String> serverName, Optional<String> protocol) {
    }

    @Provide
    Arbitrary<TicketState> states() {
        Arbitrary<Head> head = Combinators.combine(
                Arbitraries.integers().between(0, 0xFFFF),
                Arbitraries.integers().between(0, 0xFFFF),
                Arbitraries.bytes().array(byte[].class).ofMinSize(32).ofMaxSize(64),
                Arbitraries.longs().between(-62_000_000_000_000L, 250_000_000_000_000L),
                Arbitraries.longs().between(0, 604_800),
                Arbitraries.longs().between(0, 0xFFFFFFFFL),
                Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(255).optional(),
                Arbitraries.strings().withCharRange(' ', '\uD7FF').ofMinLength(1).ofMaxLength(80).optional())
                .as(Head::new);
        Arbitrary<List<Bytes>> chain = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(600)
                .map(Bytes::wrap).list().ofMaxSize(4);
        return Combinators.combine(head, chain).as((h, c) -> new TicketState(new ProtocolVersion(h.version()),
                new CipherSuite(h.suite()), h.psk(), Instant.ofEpochMilli(h.issuedAt()), Duration.ofSeconds(h.lifetime()),
                h.ageAdd(), h.serverName(), h.protocol(), c));
    }

    @Property(tries = 300)
    void obeysTheCodecLaws(@ForAll("states") TicketState state) {
        CodecProperties.assertCodecLaws(TicketState.CODEC, state);
    }

    @Property(tries = 2000)
    void decodesArbitraryBytesOrFailsCleanly(@ForAll @Size(max = 400) byte[] input) {
        CodecProperties.assertDecodesOrFailsCleanly(TicketState.CODEC, input);
    }

    @Property(tries = 300)
    void survivesAnyByteFlipAsAValueOrADecodeFailure(@ForAll("states") TicketState state,
                                                     @ForAll int position, @ForAll byte xor) {
        byte[] encoded = TicketState.CODEC.encode(state);
        encoded[Math.floorMod(position, encoded.length)] ^= xor;
        CodecProperties.assertDecodesOrFailsCleanly(TicketState.CODEC, encoded);
    }

    @Test
    void refusesAnotherFormatAndLifetimesOverSevenDays() {
        TicketState state = state(Duration.ofDays(7), List.of());
        byte[] encoded = TicketState.CODEC.encode(state);
        encoded[0] = 2;
        assertThrows(DecodeFailure.class, () -> TicketState.CODEC.decodeExactly(encoded, "format 2"));
        byte[] longLived = TicketState.CODEC.encode(state);
        // The lifetime sits after format (1), version (2), suite (2), psk (1 + 32) and issue time (8).
        int lifetime = 1 + 2 + 2 + 1 + 32 + 8;
        longLived[lifetime + 3]++;
        assertThrows(DecodeFailure.class, () -> TicketState.CODEC.decodeExactly(longLived, "8 days"));
        assertThrows(IllegalArgumentException.class, () -> state(Duration.ofDays(8), List.of()));
    }

    @Test
    void knowsWhenItExpires() {
        TicketState state = state(Duration.ofSeconds(60), List.of());
        assertTrue(state.isValidAt(ServerFixtures.NOW.plusSeconds(59)));
        assertFalse(state.isValidAt(ServerFixtures.NOW.plusSeconds(60)));
    }

    @Test
    void refusesAChainThatCannotFitATicket() {
        assertTrue(state(Duration.ofSeconds(1), List.of(Bytes.wrap(new byte[60 * 1024 - 2]))).fitsTicket());
        assertFalse(state(Duration.ofSeconds(1), List.of(Bytes.wrap(new byte[60 * 1024 - 1]))).fitsTicket());
        assertFalse(state(Duration.ofSeconds(1), List.of(Bytes.wrap(new byte[70 * 1024]))).fitsTicket());
    }

    @Test
    void keepsThePskOutOfItsString() {
        TicketState state = state(Duration.ofSeconds(1), List.of());
        assertFalse(state.toString().toLowerCase().contains("2a2a2a"));
        assertEquals(Bytes.fromHex("2a".repeat(32)), Bytes.wrap(state.psk()));
        state.destroy();
        assertEquals(Bytes.wrap(new byte[32]), Bytes.wrap(state.psk()));
    }

    static TicketState state(Duration lifetime, List<Bytes> chain) {
        return new TicketState(ProtocolVersion.TLS13, CipherSuite.TLS_AES_128_GCM_SHA256, Bytes.fromHex("2a".repeat(32))
                .toByteArray(), ServerFixtures.NOW, lifetime, 7, Optional.of("server.example"), Optional.of("h2"), chain);
    }
}
