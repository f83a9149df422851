package dev.parley.handshake;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.RandomSource;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Ticket keys that a server makes itself and rotates: a fresh random key every {@code period},
 * with the previous key still accepted for one more period, so a ticket stays usable for at least
 * one period and never longer than two.
 *
 * <p>This is the default when no {@link TicketKeys} are configured. Keys live only in this process:
 * tickets do not survive a restart, and servers behind a load balancer need shared keys instead.
 */
public final class RotatingTicketKeys implements TicketKeys {

    private final RandomSource random;
    private final InstantSource clock;
    private final Duration period;
    private TicketKey current;
    private TicketKey previous;
    private Instant rotatedAt;

    public RotatingTicketKeys(RandomSource random, InstantSource clock, Duration period) {
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("rotation period must be positive: " + period);
        }
        this.period = period;
        this.current = newKey();
        this.rotatedAt = clock.instant();
    }

    @Override
    public synchronized TicketKey current() {
        rotateIfDue();
        return current;
    }

    @Override
    public synchronized Optional<TicketKey> find(Bytes name) {
        rotateIfDue();
        if (current.name().equals(name)) {
            return Optional.of(current);
        }
        if (previous != null && previous.name().equals(name)) {
            return Optional.of(previous);
        }
        return Optional.empty();
    }

    private void rotateIfDue() {
        Instant now = clock.instant();
        if (now.isBefore(rotatedAt.plus(period))) {
            return;
        }
        if (previous != null) {
            previous.destroy();
        }
        // After a long pause both keys are stale; keeping the old one one more period is harmless.
        previous = current;
        current = newKey();
        rotatedAt = now;
    }

    private TicketKey newKey() {
        byte[] secret = random.bytes(TicketKey.SECRET_LENGTH);
        TicketKey key = new TicketKey(Bytes.wrap(random.bytes(TicketKey.NAME_LENGTH)), secret);
        Arrays.fill(secret, (byte) 0);
        return key;
    }
}
