package dev.parley.handshake.integration;

import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.handshake.CertifiedKey;
import dev.parley.x509.builder.CertificateBuilder;
import dev.parley.x509.builder.KeySpec;
import dev.parley.x509.trust.TrustStore;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A small PKI made once per test run with Parley's own certificate builder: a root CA, and for
 * each key type a server leaf for {@code server.test} and a client leaf, all valid for a day.
 */
final class TestPki {

    static final String SERVER_NAME = "server.test";
    static final CryptoProvider CRYPTO = new BouncyCastleCryptoProvider();

    private static final dev.parley.x509.key.CertifiedKey ROOT = CertificateBuilder.ca("CN=Parley Test Root")
            .keySpec(KeySpec.EC_P256).selfSigned(CRYPTO);
    private static final Map<KeySpec, CertifiedKey> SERVERS = new EnumMap<>(KeySpec.class);
    private static final Map<KeySpec, CertifiedKey> CLIENTS = new EnumMap<>(KeySpec.class);

    private TestPki() {
    }

    static TrustStore trust() {
        return TrustStore.of(List.of(ROOT.certificate()));
    }

    static synchronized CertifiedKey server(KeySpec spec) {
        return SERVERS.computeIfAbsent(spec, s -> CertifiedKey.from(CertificateBuilder.leaf("CN=" + SERVER_NAME)
                .dnsNames(SERVER_NAME, "other.test").keySpec(s).signedBy(ROOT, CRYPTO)));
    }

    static synchronized CertifiedKey client(KeySpec spec) {
        return CLIENTS.computeIfAbsent(spec, s -> CertifiedKey.from(CertificateBuilder.leaf("CN=Parley Test Client")
                .extendedKeyUsage(dev.parley.x509.Oids.KP_CLIENT_AUTH).keySpec(s).signedBy(ROOT, CRYPTO)));
    }

    /** A server leaf for {@code name} that expired an hour ago. */
    static CertifiedKey expiredServer(String name) {
        Instant now = Instant.now();
        return CertifiedKey.from(CertificateBuilder.leaf("CN=" + name).dnsNames(name)
                .validity(now.minus(Duration.ofDays(2)), now.minus(Duration.ofHours(1)))
                .keySpec(KeySpec.EC_P256).signedBy(ROOT, CRYPTO));
    }

    /** A server leaf for {@code name} under a root nobody trusts. */
    static CertifiedKey strangerServer(String name) {
        dev.parley.x509.key.CertifiedKey stranger = CertificateBuilder.ca("CN=Stranger Root")
                .keySpec(KeySpec.EC_P256).selfSigned(CRYPTO);
        return CertifiedKey.from(CertificateBuilder.leaf("CN=" + name).dnsNames(name)
                .keySpec(KeySpec.EC_P256).signedBy(stranger, CRYPTO));
    }
}
