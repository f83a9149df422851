package dev.parley.handshake.server;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.SeededRandomSource;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.handshake.CertifiedKey;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.TicketKey;
import dev.parley.handshake.TicketKeys;
import dev.parley.x509.X509Exception;
import dev.parley.x509.pem.KeyFile;
import dev.parley.x509.pem.Pem;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the server tests share: the checked-in certificates, a deterministic crypto provider, a
 * fixed clock, fixed ticket keys, and a server config made of them.
 */
final class ServerFixtures {

    static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    static final InstantSource CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static final CertifiedKey SERVER_ECDSA = load("server-ecdsa");
    static final CertifiedKey SERVER_RSA = load("server-rsa");
    static final CertifiedKey OTHER_ECDSA = load("other-ecdsa");
    static final CertifiedKey CLIENT_ED25519 = load("client-ed25519");

    private ServerFixtures() {
    }

    /** A provider whose randomness is SHA-256 in counter mode over {@code seed}. */
    static CryptoProvider crypto(String seed) {
        return new BouncyCastleCryptoProvider(new SeededRandomSource(seed));
    }

    /** A ticket key with a fixed name and secret made from {@code label}. */
    static TicketKey ticketKey(String label) {
        byte[] bytes = new SeededRandomSource("ticket key " + label).bytes(TicketKey.NAME_LENGTH + TicketKey.SECRET_LENGTH);
        return new TicketKey(Bytes.of(bytes, 0, TicketKey.NAME_LENGTH),
                Bytes.of(bytes, TicketKey.NAME_LENGTH, TicketKey.SECRET_LENGTH).toByteArray());
    }

    /** Ticket keys that seal with {@code current} and also open tickets of {@code older}. */
    static TicketKeys ticketKeys(TicketKey current, TicketKey... older) {
        return new TicketKeys() {
            @Override
            public TicketKey current() {
                return current;
            }

            @Override
            public Optional<TicketKey> find(Bytes name) {
                if (current.name().equals(name)) {
                    return Optional.of(current);
                }
                for (TicketKey key : older) {
                    if (key.name().equals(name)) {
                        return Optional.of(key);
                    }
                }
                return Optional.empty();
            }
        };
    }

    /**
     * A server config: ECDSA then RSA certificates by default, other.example with its own, the
     * fixed clock and ticket key "A", randomness from {@code seed}.
     */
    static EngineConfig.Builder server(String seed) {
        return EngineConfig.builder()
                .crypto(crypto(seed))
                .clock(CLOCK)
                .certificates(List.of(SERVER_ECDSA, SERVER_RSA))
                .certificatesByServerName(Map.of("other.example", List.of(OTHER_ECDSA)))
                .ticketKeys(ticketKeys(ticketKey("A")));
    }

    private static CertifiedKey load(String name) {
        try {
            KeyFile key = KeyFile.read(resource(name + ".key"));
            return new CertifiedKey(Pem.certificates(resource(name + ".pem")), key.privateKeys().get(0));
        } catch (X509Exception e) {
            throw new AssertionError("test material " + name + " does not load", e);
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = ServerFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new AssertionError("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError("cannot read " + name, e);
        }
    }
}
