package dev.parley;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.ResumptionTicket;
import dev.parley.handshake.codepoint.CipherSuite;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The client session cache: per-key tickets, single use, LRU over keys, expiry. */
class SessionCacheTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static ResumptionTicket ticket(int id, Instant receivedAt) {
        return new ResumptionTicket(Bytes.of((byte) id), new byte[32], CipherSuite.TLS_AES_128_GCM_SHA256, receivedAt,
                Duration.ofHours(1), 0, Optional.empty(), Optional.empty(), List.of());
    }

    private static SessionCache cache(int size) {
        return new SessionCache(size, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aTicketIsHandedOutOnceNewestFirst() {
        SessionCache cache = cache(2);
        ResumptionTicket older = ticket(1, NOW);
        ResumptionTicket newer = ticket(2, NOW);
        cache.put("a:443", older);
        cache.put("a:443", newer);
        assertSame(newer, cache.take("a:443").orElseThrow());
        assertSame(older, cache.take("a:443").orElseThrow());
        assertEquals(Optional.empty(), cache.take("a:443"));
    }

    @Test
    void theLeastRecentlyUsedKeyGoesFirst() {
        SessionCache cache = cache(2);
        cache.put("a:443", ticket(1, NOW));
        cache.put("b:443", ticket(2, NOW));
        cache.put("a:443", ticket(3, NOW));
        cache.put("c:443", ticket(4, NOW));
        assertEquals(2, cache.keys());
        assertEquals(Optional.empty(), cache.take("b:443"));
        assertTrue(cache.take("a:443").isPresent());
    }

    @Test
    void expiredTicketsAreDropped() {
        SessionCache cache = cache(2);
        cache.put("a:443", ticket(1, NOW.minus(Duration.ofHours(2))));
        assertEquals(Optional.empty(), cache.take("a:443"));
        assertEquals(0, cache.keys());
    }

    @Test
    void eachKeyKeepsAFewTickets() {
        SessionCache cache = cache(1);
        for (int i = 0; i < SessionCache.TICKETS_PER_KEY + 3; i++) {
            cache.put("a:443", ticket(i, NOW));
        }
        int count = 0;
        while (cache.take("a:443").isPresent()) {
            count++;
        }
        assertEquals(SessionCache.TICKETS_PER_KEY, count);
    }

    @Test
    void removeForgetsAKey() {
        SessionCache cache = cache(3);
        cache.put("a:443", ticket(1, NOW));
        cache.remove("a:443");
        assertEquals(Optional.empty(), cache.take("a:443"));
        assertThrows(IllegalArgumentException.class, () -> new SessionCache(0));
    }
}
