package dev.parley.handshake;

import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.record.ProtocolVersion;
import java.time.Duration;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a {@link TlsEngine} needs to know before its first byte, as one immutable value built
 * from secure defaults (DESIGN.md "Defaults"). The public face's {@code TlsConfig} translates
 * IO::Socket::SSL's options into one of these.
 *
 * <p>One config serves many engines, concurrently.
 */
public final class EngineConfig {

    /** RFC 8446 §4.6.1: servers must not use a ticket lifetime over seven days. */
    public static final Duration MAX_TICKET_LIFETIME = Duration.ofDays(7);

    private final CryptoProvider crypto;
    private final InstantSource clock;
    private final List<ProtocolVersion> versions;
    private final List<CipherSuite> cipherSuites;
    private final boolean serverCipherPreference;
    private final List<NamedGroup> groups;
    private final List<NamedGroup> keyShareGroups;
    private final List<SignatureScheme> signatureSchemes;
    private final List<String> applicationProtocols;
    private final List<CertifiedKey> certificates;
    private final Map<String, List<CertifiedKey>> certificatesByServerName;
    private final Optional<PeerVerifier> peerVerifier;
    private final ClientAuth clientAuth;
    private final SessionStore sessionStore;
    private final Optional<TicketKeys> ticketKeys;
    private final Duration ticketLifetime;
    private final int ticketsPerHandshake;
    private final boolean grease;
    private final boolean middleboxCompatibility;
    private final boolean requestOcspStaple;
    private final int maxHandshakeMessageLength;
    private final CertificateCache certificateCache = new CertificateCache();
    private final Optional<KeyLog> keyLog;
    private final Object defaultTicketKeysLock = new Object();
    private TicketKeys defaultTicketKeys;

    private EngineConfig(Builder b) {
        this.crypto = b.crypto;
        this.clock = b.clock;
        this.versions = List.copyOf(b.versions);
        this.cipherSuites = List.copyOf(b.cipherSuites);
        this.serverCipherPreference = b.serverCipherPreference;
        this.groups = List.copyOf(b.groups);
        this.keyShareGroups = List.copyOf(b.keyShareGroups);
        this.signatureSchemes = List.copyOf(b.signatureSchemes);
        this.applicationProtocols = List.copyOf(b.applicationProtocols);
        this.certificates = List.copyOf(b.certificates);
        Map<String, List<CertifiedKey>> byName = new LinkedHashMap<>();
        b.certificatesByServerName.forEach((name, keys) -> byName.put(name, List.copyOf(keys)));
        this.certificatesByServerName = Map.copyOf(byName);
        this.peerVerifier = b.peerVerifier;
        this.clientAuth = b.clientAuth;
        this.sessionStore = b.sessionStore;
        this.ticketKeys = b.ticketKeys;
        this.ticketLifetime = b.ticketLifetime;
        this.ticketsPerHandshake = b.ticketsPerHandshake;
        this.grease = b.grease;
        this.middleboxCompatibility = b.middleboxCompatibility;
        this.requestOcspStaple = b.requestOcspStaple;
        this.maxHandshakeMessageLength = b.maxHandshakeMessageLength;
        this.keyLog = b.keyLog;
    }

    /** A builder starting from the secure defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this config's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The primitives, and the random source every random byte of the engine comes from. */
    public CryptoProvider crypto() {
        return crypto;
    }

    /** The only clock the engine reads: certificate validity, ticket ages and lifetimes. */
    public InstantSource clock() {
        return clock;
    }

    /** The versions offered or accepted, most preferred first. */
    public List<ProtocolVersion> versions() {
        return versions;
    }

    /** The cipher suites offered or accepted, most preferred first. */
    public List<CipherSuite> cipherSuites() {
        return cipherSuites;
    }

    /** Whether a server picks by its own order of suites and groups rather than the client's. */
    public boolean serverCipherPreference() {
        return serverCipherPreference;
    }

    /** The key-exchange groups supported, most preferred first (supported_groups). */
    public List<NamedGroup> groups() {
        return groups;
    }

    /** The groups a client sends key shares for in its first ClientHello. */
    public List<NamedGroup> keyShareGroups() {
        return keyShareGroups;
    }

    /** The signature schemes accepted from the peer and usable for our own signatures. */
    public List<SignatureScheme> signatureSchemes() {
        return signatureSchemes;
    }

    /** ALPN protocol names (RFC 7301), most preferred first; empty to not use ALPN. */
    public List<String> applicationProtocols() {
        return applicationProtocols;
    }

    /** The default certificates (a server's, or a client's for client authentication). */
    public List<CertifiedKey> certificates() {
        return certificates;
    }

    /** A server's certificates per SNI name (lower case); names not in the map get the default ones. */
    public Map<String, List<CertifiedKey>> certificatesByServerName() {
        return certificatesByServerName;
    }

    /** The certificates a server offers to a client that asked for {@code serverName}. */
    public List<CertifiedKey> certificatesFor(Optional<String> serverName) {
        return serverName.map(name -> certificatesByServerName.get(name.toLowerCase(Locale.ROOT)))
                .orElse(certificates);
    }

    /**
     * Who judges the peer's chain. For a server, empty means a client certificate is not checked.
     * A client fails closed without one: it refuses to start rather than accept any server
     * ({@link PeerVerifier#insecureAcceptAnything()} says so explicitly).
     */
    public Optional<PeerVerifier> peerVerifier() {
        return peerVerifier;
    }

    /** Whether a server asks for a client certificate. */
    public ClientAuth clientAuth() {
        return clientAuth;
    }

    /** Where a client keeps tickets for resumption. */
    public SessionStore sessionStore() {
        return sessionStore;
    }

    /** The keys a server seals tickets with; empty for the default of {@link #ticketKeysOrDefault()}. */
    public Optional<TicketKeys> ticketKeys() {
        return ticketKeys;
    }

    /**
     * The keys a server seals and opens tickets with: the configured ones or, when none are, one
     * {@link RotatingTicketKeys} made the first time this is asked and shared by every engine built
     * from this config. Per-engine keys would make resumption impossible, since a ticket comes back
     * on another connection. The default rotates every ticket lifetime (at least every minute), so
     * a ticket stays openable for its whole lifetime; it is made lazily so that a client config
     * never draws key material.
     */
    public TicketKeys ticketKeysOrDefault() {
        if (ticketKeys.isPresent()) {
            return ticketKeys.get();
        }
        synchronized (defaultTicketKeysLock) {
            if (defaultTicketKeys == null) {
                Duration minimum = Duration.ofMinutes(1);
                Duration period = ticketLifetime.compareTo(minimum) < 0 ? minimum : ticketLifetime;
                defaultTicketKeys = new RotatingTicketKeys(crypto.random(), clock, period);
            }
            return defaultTicketKeys;
        }
    }

    /**
     * The peer certificates the engines of this config have parsed, shared by all of them so that
     * a chain seen before is not parsed again. Made with the config, never copied by
     * {@link #toBuilder()}.
     */
    public CertificateCache certificateCache() {
        return certificateCache;
    }

    /** The lifetime a server gives its tickets (at most seven days). */
    public Duration ticketLifetime() {
        return ticketLifetime;
    }

    /** How many NewSessionTickets a server sends after a handshake; 0 disables resumption. */
    public int ticketsPerHandshake() {
        return ticketsPerHandshake;
    }

    /** Whether a client sends GREASE values (RFC 8701). */
    public boolean grease() {
        return grease;
    }

    /** Whether a client uses middlebox compatibility mode (RFC 8446 §D.4). */
    public boolean middleboxCompatibility() {
        return middleboxCompatibility;
    }

    /** Whether a client asks for a stapled OCSP response (status_request, RFC 6066 §8). */
    public boolean requestOcspStaple() {
        return requestOcspStaple;
    }

    /** The longest handshake message accepted. */
    public int maxHandshakeMessageLength() {
        return maxHandshakeMessageLength;
    }

    /**
     * Where the traffic secrets go as they are installed (SSLKEYLOGFILE); empty, the default, logs
     * nothing. Security: a key log lets anyone holding it decrypt the connection.
     */
    public Optional<KeyLog> keyLog() {
        return keyLog;
    }

    /** Builds an {@link EngineConfig}; every setter says what it replaces of the defaults. */
    public static final class Builder {

        private CryptoProvider crypto;
        private InstantSource clock = InstantSource.system();
        // TLS 1.2 joins the defaults once its state machines exist; offering a version we cannot
        // speak would let a server pick it.
        private List<ProtocolVersion> versions = List.of(ProtocolVersion.TLS13);
        private List<CipherSuite> cipherSuites = List.of(CipherSuite.TLS_AES_128_GCM_SHA256,
                CipherSuite.TLS_AES_256_GCM_SHA384, CipherSuite.TLS_CHACHA20_POLY1305_SHA256);
        private boolean serverCipherPreference = true;
        private List<NamedGroup> groups = List.of(NamedGroup.X25519, NamedGroup.SECP256R1, NamedGroup.SECP384R1);
        private List<NamedGroup> keyShareGroups;
        private List<SignatureScheme> signatureSchemes = List.of(
                SignatureScheme.ECDSA_SECP256R1_SHA256, SignatureScheme.ECDSA_SECP384R1_SHA384,
                SignatureScheme.ECDSA_SECP521R1_SHA512, SignatureScheme.ED25519, SignatureScheme.ED448,
                SignatureScheme.RSA_PSS_RSAE_SHA256, SignatureScheme.RSA_PSS_RSAE_SHA384,
                SignatureScheme.RSA_PSS_RSAE_SHA512, SignatureScheme.RSA_PSS_PSS_SHA256,
                SignatureScheme.RSA_PSS_PSS_SHA384, SignatureScheme.RSA_PSS_PSS_SHA512,
                SignatureScheme.RSA_PKCS1_SHA256, SignatureScheme.RSA_PKCS1_SHA384,
                SignatureScheme.RSA_PKCS1_SHA512);
        private List<String> applicationProtocols = List.of();
        private List<CertifiedKey> certificates = List.of();
        private Map<String, List<CertifiedKey>> certificatesByServerName = Map.of();
        private Optional<PeerVerifier> peerVerifier = Optional.empty();
        private ClientAuth clientAuth = ClientAuth.NONE;
        private SessionStore sessionStore = SessionStore.none();
        private Optional<TicketKeys> ticketKeys = Optional.empty();
        private Duration ticketLifetime = Duration.ofHours(2);
        private int ticketsPerHandshake = 2;
        private boolean grease = true;
        private boolean middleboxCompatibility = true;
        private boolean requestOcspStaple = true;
        private int maxHandshakeMessageLength = 128 * 1024;
        private Optional<KeyLog> keyLog = Optional.empty();

        private Builder() {
        }

        private Builder(EngineConfig c) {
            crypto = c.crypto;
            clock = c.clock;
            versions = c.versions;
            cipherSuites = c.cipherSuites;
            serverCipherPreference = c.serverCipherPreference;
            groups = c.groups;
            keyShareGroups = c.keyShareGroups;
            signatureSchemes = c.signatureSchemes;
            applicationProtocols = c.applicationProtocols;
            certificates = c.certificates;
            certificatesByServerName = c.certificatesByServerName;
            peerVerifier = c.peerVerifier;
            clientAuth = c.clientAuth;
            sessionStore = c.sessionStore;
            ticketKeys = c.ticketKeys;
            ticketLifetime = c.ticketLifetime;
            ticketsPerHandshake = c.ticketsPerHandshake;
            grease = c.grease;
            middleboxCompatibility = c.middleboxCompatibility;
            requestOcspStaple = c.requestOcspStaple;
            maxHandshakeMessageLength = c.maxHandshakeMessageLength;
            keyLog = c.keyLog;
        }

        public Builder crypto(CryptoProvider crypto) {
            this.crypto = Objects.requireNonNull(crypto, "crypto");
            return this;
        }

        public Builder clock(InstantSource clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder versions(List<ProtocolVersion> versions) {
            this.versions = nonEmpty(versions, "versions");
            return this;
        }

        public Builder cipherSuites(List<CipherSuite> cipherSuites) {
            this.cipherSuites = nonEmpty(cipherSuites, "cipherSuites");
            return this;
        }

        public Builder serverCipherPreference(boolean serverCipherPreference) {
            this.serverCipherPreference = serverCipherPreference;
            return this;
        }

        public Builder groups(List<NamedGroup> groups) {
            this.groups = nonEmpty(groups, "groups");
            return this;
        }

        public Builder keyShareGroups(List<NamedGroup> keyShareGroups) {
            this.keyShareGroups = List.copyOf(keyShareGroups);
            return this;
        }

        public Builder signatureSchemes(List<SignatureScheme> signatureSchemes) {
            this.signatureSchemes = nonEmpty(signatureSchemes, "signatureSchemes");
            return this;
        }

        public Builder applicationProtocols(List<String> applicationProtocols) {
            this.applicationProtocols = List.copyOf(applicationProtocols);
            return this;
        }

        public Builder certificates(List<CertifiedKey> certificates) {
            this.certificates = List.copyOf(certificates);
            return this;
        }

        public Builder certificatesByServerName(Map<String, List<CertifiedKey>> certificatesByServerName) {
            Map<String, List<CertifiedKey>> lowerCase = new LinkedHashMap<>();
            certificatesByServerName.forEach((name, keys) -> lowerCase.put(name.toLowerCase(Locale.ROOT), keys));
            this.certificatesByServerName = lowerCase;
            return this;
        }

        public Builder peerVerifier(PeerVerifier peerVerifier) {
            this.peerVerifier = Optional.of(peerVerifier);
            return this;
        }

        public Builder clientAuth(ClientAuth clientAuth) {
            this.clientAuth = Objects.requireNonNull(clientAuth, "clientAuth");
            return this;
        }

        public Builder sessionStore(SessionStore sessionStore) {
            this.sessionStore = Objects.requireNonNull(sessionStore, "sessionStore");
            return this;
        }

        public Builder ticketKeys(TicketKeys ticketKeys) {
            this.ticketKeys = Optional.of(ticketKeys);
            return this;
        }

        public Builder ticketLifetime(Duration ticketLifetime) {
            if (ticketLifetime.isNegative() || ticketLifetime.compareTo(MAX_TICKET_LIFETIME) > 0) {
                throw new IllegalArgumentException("ticket lifetime must be 0 to 7 days (RFC 8446 §4.6.1): "
                        + ticketLifetime);
            }
            this.ticketLifetime = ticketLifetime;
            return this;
        }

        public Builder ticketsPerHandshake(int ticketsPerHandshake) {
            if (ticketsPerHandshake < 0 || ticketsPerHandshake > 16) {
                throw new IllegalArgumentException("tickets per handshake must be 0 to 16: " + ticketsPerHandshake);
            }
            this.ticketsPerHandshake = ticketsPerHandshake;
            return this;
        }

        public Builder grease(boolean grease) {
            this.grease = grease;
            return this;
        }

        public Builder middleboxCompatibility(boolean middleboxCompatibility) {
            this.middleboxCompatibility = middleboxCompatibility;
            return this;
        }

        public Builder requestOcspStaple(boolean requestOcspStaple) {
            this.requestOcspStaple = requestOcspStaple;
            return this;
        }

        public Builder maxHandshakeMessageLength(int maxHandshakeMessageLength) {
            if (maxHandshakeMessageLength < 1024) {
                throw new IllegalArgumentException("max handshake message length too small: " + maxHandshakeMessageLength);
            }
            this.maxHandshakeMessageLength = maxHandshakeMessageLength;
            return this;
        }

        public Builder keyLog(KeyLog keyLog) {
            this.keyLog = Optional.of(keyLog);
            return this;
        }

        /** The config; a crypto provider over Bouncy Castle is made when none was given. */
        public EngineConfig build() {
            if (crypto == null) {
                crypto = new BouncyCastleCryptoProvider();
            }
            if (keyShareGroups == null) {
                // A client sends one share, for its most preferred group (X25519 by default).
                keyShareGroups = List.of(groups.get(0));
            }
            for (NamedGroup group : keyShareGroups) {
                if (!groups.contains(group)) {
                    throw new IllegalArgumentException("key share group " + group + " is not among the groups " + groups);
                }
            }
            return new EngineConfig(this);
        }

        private static <T> List<T> nonEmpty(List<T> values, String what) {
            if (values.isEmpty()) {
                throw new IllegalArgumentException(what + " must not be empty");
            }
            return List.copyOf(values);
        }
    }
}
