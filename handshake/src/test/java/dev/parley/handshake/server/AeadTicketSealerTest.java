package dev.parley.handshake.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.TicketKey;
import dev.parley.handshake.TicketKeys;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Sealed tickets: they open under the key their name finds, and anything else (another key, a
 * flipped bit, a cut, garbage) opens to nothing rather than failing.
 */
class AeadTicketSealerTest {

    private final CryptoProvider crypto = ServerFixtures.crypto("sealer");
    private final TicketKey keyA = ServerFixtures.ticketKey("A");
    private final TicketKey keyB = ServerFixtures.ticketKey("B");
    private final TicketState state = TicketStateCodecTest.state(Duration.ofHours(1),
            List.of(ServerFixtures.CLIENT_ED25519.leaf().encoded()));

    @Test
    void opensWhatItSealedAndNamesItsKey() {
        AeadTicketSealer sealer = new AeadTicketSealer(crypto, ServerFixtures.ticketKeys(keyA));
        Bytes ticket = sealer.seal(state).orElseThrow();
        assertEquals(keyA.name(), ticket.slice(0, TicketKey.NAME_LENGTH));
        assertEquals(Optional.of(state), sealer.open(ticket));
        assertNotEquals(ticket, sealer.seal(state).orElseThrow(), "a fresh nonce for every ticket");
    }

    @Test
    void opensTicketsOfAnOlderKeyFoundByName() {
        Bytes ticket = new AeadTicketSealer(crypto, ServerFixtures.ticketKeys(keyA)).seal(state).orElseThrow();
        TicketKeys rotated = ServerFixtures.ticketKeys(keyB, keyA);
        assertEquals(Optional.of(state), new AeadTicketSealer(crypto, rotated).open(ticket));
        assertEquals(Optional.empty(), new AeadTicketSealer(crypto, ServerFixtures.ticketKeys(keyB)).open(ticket));
    }

    @Test
    void refusesATicketRenamedToAnotherKey() {
        Bytes ticket = new AeadTicketSealer(crypto, ServerFixtures.ticketKeys(keyA)).seal(state).orElseThrow();
        TicketKey sameSecretOtherName = new TicketKey(keyB.name(), keyA.secret());
        Bytes renamed = keyB.name().concat(ticket.slice(TicketKey.NAME_LENGTH, ticket.length()));
        assertEquals(Optional.empty(), new AeadTicketSealer(crypto, ServerFixtures.ticketKeys(sameSecretOtherName))
                .open(renamed), "the name is authenticated data");
    }

    @Test
    void sealsNothingTooLargeForATicket() {
        TicketState huge = TicketStateCodecTest.state(Duration.ofHours(1), List.of(Bytes.wrap(new byte[65_000])));
        assertEquals(Optional.empty(), new AeadTicketSealer(crypto, ServerFixtures.ticketKeys(keyA)).seal(huge));
    }

    @Property(tries = 200)
    void opensNothingButItsOwnTickets(@ForAll int position, @ForAll byte xor, @ForAll @Size(max = 300) byte[] garbage) {
        AeadTicketSealer sealer = new AeadTicketSealer(crypto, ServerFixtures.ticketKeys(keyA));
        byte[] ticket = sealer.seal(state).orElseThrow().toByteArray();
        int at = Math.floorMod(position, ticket.length);
        ticket[at] ^= (byte) (xor == 0 ? 1 : xor);
        assertEquals(Optional.empty(), sealer.open(Bytes.wrap(ticket)));
        assertEquals(Optional.empty(), sealer.open(Bytes.wrap(garbage)));
        assertEquals(Optional.empty(), sealer.open(keyA.name().concat(Bytes.wrap(garbage))));
        byte[] cut = sealer.seal(state).orElseThrow().toByteArray();
        assertEquals(Optional.empty(), sealer.open(Bytes.of(cut, 0, Math.floorMod(position, cut.length))));
    }

    @Test
    void makesOneDefaultKeySetPerConfig() {
        EngineConfig config = ServerFixtures.server("defaults").build().toBuilder().build();
        EngineConfig withoutKeys = EngineConfig.builder().crypto(crypto).clock(ServerFixtures.CLOCK).build();
        TicketKeys first = withoutKeys.ticketKeysOrDefault();
        assertTrue(first == withoutKeys.ticketKeysOrDefault(), "every engine of a config shares its keys");
        assertTrue(first != withoutKeys.toBuilder().build().ticketKeysOrDefault(), "another config, other keys");
        assertTrue(config.ticketKeys().orElseThrow() == config.ticketKeysOrDefault(), "configured keys win");
        Bytes ticket = new AeadTicketSealer(crypto, first).seal(state).orElseThrow();
        assertEquals(Optional.of(state), new AeadTicketSealer(crypto, withoutKeys.ticketKeysOrDefault()).open(ticket));
    }
}
