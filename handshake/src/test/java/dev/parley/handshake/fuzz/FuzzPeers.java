package dev.parley.handshake.fuzz;

import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.SeededRandomSource;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.handshake.CertifiedKey;
import dev.parley.handshake.ClientAuth;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.engine.TlsEngine;
import dev.parley.handshake.verify.X509PeerVerifier;
import dev.parley.record.TlsException;
import dev.parley.x509.builder.CertificateBuilder;
import dev.parley.x509.builder.KeySpec;
import dev.parley.x509.trust.TrustStore;
import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

/**
 * The client and server engines the fuzz targets drive, identical on every run: certificates made
 * from a seeded provider with fixed validity, a fixed clock, and each engine's randomness from a
 * seed of its own. An engine made here twice behaves the same given the same input, so a captured
 * flight ({@link FuzzSeedWriter}) stays a valid answer to it, and a finding replays.
 */
final class FuzzPeers {

    static final String SERVER_NAME = "fuzz.test";
    static final InstantSource CLOCK = Clock.fixed(Instant.parse("2030-06-01T00:00:00Z"), ZoneOffset.UTC);

    private static final CryptoProvider PKI_CRYPTO = new BouncyCastleCryptoProvider(new SeededRandomSource("fuzz pki"));
    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2125-01-01T00:00:00Z");
    private static final dev.parley.x509.key.CertifiedKey ROOT = CertificateBuilder.ca("CN=Parley Fuzz Root")
            .keySpec(KeySpec.EC_P256).validity(FROM, UNTIL).selfSigned(PKI_CRYPTO);
    private static final CertifiedKey SERVER = CertifiedKey.from(CertificateBuilder.leaf("CN=" + SERVER_NAME)
            .dnsNames(SERVER_NAME).keySpec(KeySpec.EC_P256).validity(FROM, UNTIL).signedBy(ROOT, PKI_CRYPTO));
    private static final CertifiedKey CLIENT = CertifiedKey.from(CertificateBuilder.leaf("CN=Parley Fuzz Client")
            .extendedKeyUsage(dev.parley.x509.Oids.KP_CLIENT_AUTH).keySpec(KeySpec.ED25519).validity(FROM, UNTIL)
            .signedBy(ROOT, PKI_CRYPTO));

    private FuzzPeers() {
    }

    /** What differs between the handshakes captured as seeds. */
    enum Variant {
        /** A plain handshake: X25519 share accepted, server authenticated only. */
        PLAIN,
        /** The server wants P-256, so it sends a HelloRetryRequest first. */
        RETRY,
        /** The server asks for a client certificate, and the client has one. */
        CLIENT_AUTH
    }

    /** A server engine for {@code variant}, with randomness from {@code crypto}. */
    static TlsEngine server(Variant variant, Function<String, CryptoProvider> crypto) throws TlsException {
        CryptoProvider provider = crypto.apply("fuzz server");
        EngineConfig.Builder config = EngineConfig.builder().crypto(provider).clock(CLOCK)
                .certificates(List.of(SERVER))
                .peerVerifier(X509PeerVerifier.builder(provider, trust()).build());
        switch (variant) {
            case PLAIN -> { }
            case RETRY -> config.groups(List.of(dev.parley.handshake.codepoint.NamedGroup.SECP256R1));
            case CLIENT_AUTH -> config.clientAuth(ClientAuth.REQUIRED);
        }
        return TlsEngine.server(config.build());
    }

    /** A client engine (its ClientHello waiting in produce) for {@code variant}. */
    static TlsEngine client(Variant variant, Function<String, CryptoProvider> crypto) throws TlsException {
        CryptoProvider provider = crypto.apply("fuzz client");
        EngineConfig.Builder config = EngineConfig.builder().crypto(provider).clock(CLOCK)
                .peerVerifier(X509PeerVerifier.builder(provider, trust()).build())
                .applicationProtocols(List.of("h2", "http/1.1"));
        if (variant == Variant.CLIENT_AUTH) {
            config.certificates(List.of(CLIENT));
        }
        return TlsEngine.client(config.build(), SERVER_NAME);
    }

    /** The real primitives over a seeded random source. */
    static CryptoProvider seeded(String seed) {
        return new BouncyCastleCryptoProvider(new SeededRandomSource(seed));
    }

    /** The provider that lets mutated Finished, binders, signatures and records through. */
    static CryptoProvider fuzzing(String seed) {
        return new FuzzingCryptoProvider(seed);
    }

    private static TrustStore trust() {
        return TrustStore.of(List.of(ROOT.certificate()));
    }
}
