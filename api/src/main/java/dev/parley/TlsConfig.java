package dev.parley;

import dev.parley.crypto.CryptoProvider;
import dev.parley.handshake.CertifiedKey;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.KeyLog;
import dev.parley.handshake.SessionStore;
import dev.parley.handshake.TicketKeys;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.record.ProtocolVersion;
import dev.parley.x509.identity.FingerprintPins;
import dev.parley.x509.identity.HostnameScheme;
import dev.parley.x509.identity.PublicSuffixList;
import dev.parley.x509.crl.CertificateList;
import dev.parley.x509.path.CrlCheck;
import dev.parley.x509.trust.TrustStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a connection is to be made, as one immutable value built from secure defaults: what
 * IO::Socket::SSL takes as {@code SSL_*} arguments and keeps in its {@code SSL_Context}. One config
 * serves any number of connections, concurrently ({@code SSL_reuse_ctx}); certificate files are
 * read once, when it is built.
 *
 * <pre>{@code
 * TlsConfig client = TlsConfig.client().alpn("h2", "http/1.1").build();
 * TlsConfig server = TlsConfig.server().certificate(Path.of("cert.pem"), Path.of("key.pem")).build();
 * }</pre>
 *
 * <p>Every builder method names the IO::Socket::SSL option it replaces. The defaults (DESIGN.md
 * "Defaults") need no option at all: TLS 1.3, AES-GCM and ChaCha20-Poly1305, X25519/P-256/P-384,
 * a client that verifies the server and sends SNI, a server that asks no client certificate,
 * close_notify sent without waiting. {@link TlsDefaults} changes the starting point for a whole
 * program.
 */
public final class TlsConfig {

    /** Which end of a connection a config is for ({@code SSL_server}). */
    public enum Side {
        CLIENT, SERVER
    }

    private final Side side;
    private final List<ProtocolVersion> versions;
    private final List<CipherSuite> cipherSuites;
    private final boolean honorCipherOrder;
    private final List<NamedGroup> groups;
    private final List<String> alpn;
    private final Optional<String> hostname;
    private final VerifyMode verifyMode;
    private final PeerChecks peerChecks;
    private final Map<String, List<CertifiedKey>> certificates;
    private final Optional<SessionStore> sessionCache;
    private final Optional<String> sessionKey;
    private final Optional<TicketKeys> ticketKeys;
    private final Lifecycle lifecycle;
    private final Optional<KeyLog> keyLog;
    private final CryptoProvider crypto;
    private final InstantSource clock;
    private final Handshakes handshakes;
    private final EngineConfig engineConfig;

    TlsConfig(TlsConfigBuilder b, CryptoProvider crypto, Map<String, List<CertifiedKey>> certificates,
              Optional<TrustStore> trust, List<CertificateList> crls) {
        this.side = b.side;
        this.versions = b.versions;
        this.cipherSuites = b.cipherSuites.stream().filter(s -> CipherNames.defaults(versions).contains(s)).toList();
        if (cipherSuites.isEmpty()) {
            throw new IllegalArgumentException("none of the cipher suites " + b.cipherSuites + " belongs to the versions "
                    + versions + "; name suites of those versions in cipherList");
        }
        this.honorCipherOrder = b.honorCipherOrder;
        this.groups = b.groups;
        this.alpn = b.alpn;
        this.hostname = b.hostname;
        this.verifyMode = b.verifyMode;
        this.peerChecks = new PeerChecks(b.trustSource, trust, b.verifyScheme, b.verifyName, b.publicSuffixList,
                b.fingerprints, b.forceFingerprint, b.verifyCallback, b.checkCrl ? CrlCheck.LEAF : CrlCheck.NONE, crls);
        this.certificates = certificates;
        this.sessionCache = b.sessionCache.or(() -> b.sessionCacheSize.map(SessionCache::new))
                .or(() -> TlsDefaults.defaultSessionCache().map(SessionStore.class::cast));
        this.sessionKey = b.sessionKey;
        this.ticketKeys = b.ticketKeys;
        this.lifecycle = new Lifecycle(b.fastShutdown, b.noShutdown, b.startHandshake, b.keepSocketOnError,
                b.errorTrap, b.timeout);
        this.keyLog = b.keyLog;
        this.crypto = crypto;
        this.clock = b.clock;
        this.handshakes = b.handshakes;
        this.engineConfig = EngineSetup.base(this);
    }

    /** A client builder holding Parley's defaults and then the program's ({@link TlsDefaults}). */
    public static TlsConfigBuilder client() {
        return new TlsConfigBuilder(Side.CLIENT);
    }

    /**
     * A server builder holding Parley's defaults and then the program's. A server needs at least
     * one certificate ({@link TlsConfigBuilder#certificate(Path, Path)}).
     */
    public static TlsConfigBuilder server() {
        return new TlsConfigBuilder(Side.SERVER);
    }

    /** A builder holding this config's values, to derive a variant (the certificates stay loaded). */
    public TlsConfigBuilder toBuilder() {
        return new TlsConfigBuilder(this);
    }

    public Side side() {
        return side;
    }

    /** The versions offered or accepted, most preferred first. */
    public List<ProtocolVersion> versions() {
        return versions;
    }

    /** The cipher suites offered or accepted, most preferred first. */
    public List<CipherSuite> cipherSuites() {
        return cipherSuites;
    }

    /** Whether a server chooses by its own order of preference. */
    public boolean honorCipherOrder() {
        return honorCipherOrder;
    }

    /** The key-exchange groups, most preferred first. */
    public List<NamedGroup> groups() {
        return groups;
    }

    /** The ALPN protocols, most preferred first; empty when ALPN is not used. */
    public List<String> alpn() {
        return alpn;
    }

    /** The SNI name set by {@link TlsConfigBuilder#hostname}; an empty string means SNI is off. */
    public Optional<String> hostname() {
        return hostname;
    }

    public VerifyMode verifyMode() {
        return verifyMode;
    }

    /** The certificates by SNI name, the default ones under {@code ""}. */
    public Map<String, List<CertifiedKey>> certificates() {
        return certificates;
    }

    /** The client session cache, if resumption is on. */
    public Optional<SessionStore> sessionCache() {
        return sessionCache;
    }

    PeerChecks peerChecks() {
        return peerChecks;
    }

    Optional<String> sessionKey() {
        return sessionKey;
    }

    Optional<TicketKeys> ticketKeys() {
        return ticketKeys;
    }

    Lifecycle lifecycle() {
        return lifecycle;
    }

    Optional<KeyLog> keyLog() {
        return keyLog;
    }

    CryptoProvider crypto() {
        return crypto;
    }

    InstantSource clock() {
        return clock;
    }

    Handshakes handshakes() {
        return handshakes;
    }

    /** The engine configuration every connection of this config starts from. */
    EngineConfig engineConfig() {
        return engineConfig;
    }

    @Override
    public String toString() {
        return "TlsConfig[" + side + ", " + versions + ", " + cipherSuites + ", groups " + groups
                + (alpn.isEmpty() ? "" : ", alpn " + alpn) + ", " + verifyMode + "]";
    }

    /**
     * How the peer is verified: the trust source and, once built, its store (empty when this
     * config verifies no peer), pins, the callback, and what a client checks about the name.
     */
    record PeerChecks(TrustSource trustSource, Optional<TrustStore> trust, Optional<HostnameScheme> scheme,
                      Optional<String> name, Optional<PublicSuffixList> suffixes, FingerprintPins pins,
                      boolean forceFingerprint, Optional<VerifyCallback> callback, CrlCheck crlCheck,
                      List<CertificateList> crls) {
    }

    /** How a socket is set up and torn down. */
    record Lifecycle(boolean fastShutdown, boolean noShutdown, boolean startHandshake,
                     Optional<Boolean> keepSocketOnError, Optional<ErrorTrap> errorTrap, Optional<Duration> timeout) {
    }

}
