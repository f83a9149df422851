package dev.parley;

import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.PrivateKey;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.handshake.CertifiedKey;
import dev.parley.handshake.KeyLog;
import dev.parley.handshake.SessionStore;
import dev.parley.handshake.TicketKeys;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.record.ProtocolVersion;
import dev.parley.x509.Certificate;
import dev.parley.x509.identity.FingerprintPins;
import dev.parley.x509.identity.HostnameScheme;
import dev.parley.x509.identity.IdentityFormatException;
import dev.parley.x509.identity.PublicSuffixList;
import dev.parley.x509.key.PasswordCallback;
import dev.parley.x509.X509Exception;
import dev.parley.x509.crl.CertificateList;
import dev.parley.x509.path.CrlCheck;
import dev.parley.x509.trust.TrustStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Collects the options of a {@link TlsConfig}, starting from Parley's secure defaults and the
 * program's ({@link TlsDefaults}); made by {@link TlsConfig#client()} and {@link TlsConfig#server()}.
 * Every method names the IO::Socket::SSL option it replaces. Option values are checked as they are
 * set, so a mistake fails at the line that makes it, with a message that lists what is valid;
 * files are read by {@link #build()}. A builder is for one thread; the config it builds is for all.
 */
public final class TlsConfigBuilder {

    final TlsConfig.Side side;
    List<ProtocolVersion> versions = VersionSyntax.IMPLEMENTED;
    List<CipherSuite> cipherSuites = CipherNames.defaults(VersionSyntax.IMPLEMENTED);
    boolean honorCipherOrder = true;
    List<NamedGroup> groups = GroupNames.DEFAULTS;
    List<String> alpn = List.of();
    Optional<String> hostname = Optional.empty();
    VerifyMode verifyMode;
    Optional<HostnameScheme> verifyScheme = Optional.empty();
    Optional<String> verifyName = Optional.empty();
    Optional<PublicSuffixList> publicSuffixList = Optional.empty();
    FingerprintPins fingerprints = FingerprintPins.none();
    boolean forceFingerprint;
    TrustSource trustSource = TrustSource.DEFAULT;
    Optional<VerifyCallback> verifyCallback = Optional.empty();
    boolean checkCrl;
    List<CertificateList> crlsLoaded = List.of();
    List<Path> crlFiles = new ArrayList<>();
    final Map<String, List<KeyMaterial>> certificates = new LinkedHashMap<>();
    Optional<SessionStore> sessionCache = Optional.empty();
    Optional<Integer> sessionCacheSize = Optional.empty();
    Optional<String> sessionKey = Optional.empty();
    Optional<TicketKeys> ticketKeys = Optional.empty();
    boolean fastShutdown = true;
    boolean noShutdown;
    boolean startHandshake = true;
    Optional<Boolean> keepSocketOnError = Optional.empty();
    Optional<ErrorTrap> errorTrap = Optional.empty();
    Optional<Duration> timeout = Optional.empty();
    Optional<KeyLog> keyLog = KeyLogFile.fromEnvironment().map(KeyLogFile::of);
    Optional<CryptoProvider> crypto = Optional.empty();
    Optional<PasswordCallback> keyPassword = Optional.empty();
    InstantSource clock = InstantSource.system();
    Handshakes handshakes = Handshakes.STATE_MACHINES;

    TlsConfigBuilder(TlsConfig.Side side) {
        this.side = side;
        // A client verifies its server; a server asks for no client certificate (SSL_verify_mode).
        this.verifyMode = side == TlsConfig.Side.CLIENT ? VerifyMode.PEER : VerifyMode.NONE;
        TlsDefaults.applyDefaults(side, this);
    }

    TlsConfigBuilder(TlsConfig c) {
        side = c.side();
        versions = c.versions();
        cipherSuites = c.cipherSuites();
        honorCipherOrder = c.honorCipherOrder();
        groups = c.groups();
        alpn = c.alpn();
        hostname = c.hostname();
        verifyMode = c.verifyMode();
        verifyScheme = c.peerChecks().scheme();
        verifyName = c.peerChecks().name();
        publicSuffixList = c.peerChecks().suffixes();
        fingerprints = c.peerChecks().pins();
        forceFingerprint = c.peerChecks().forceFingerprint();
        trustSource = c.peerChecks().trustSource();
        verifyCallback = c.peerChecks().callback();
        checkCrl = c.peerChecks().crlCheck() != CrlCheck.NONE;
        crlsLoaded = c.peerChecks().crls();
        c.certificates().forEach((name, keys) -> certificates.put(name,
                new ArrayList<>(keys.stream().map(KeyMaterial::loaded).toList())));
        sessionCache = c.sessionCache();
        sessionKey = c.sessionKey();
        ticketKeys = c.ticketKeys();
        fastShutdown = c.lifecycle().fastShutdown();
        noShutdown = c.lifecycle().noShutdown();
        startHandshake = c.lifecycle().startHandshake();
        keepSocketOnError = c.lifecycle().keepSocketOnError();
        errorTrap = c.lifecycle().errorTrap();
        timeout = c.lifecycle().timeout();
        keyLog = c.keyLog();
        crypto = Optional.of(c.crypto());
        clock = c.clock();
        handshakes = c.handshakes();
    }

    /** The side this builder is for. */
    public TlsConfig.Side side() {
        return side;
    }

    // --- Versions, ciphers, groups, ALPN ---

    /**
     * {@code SSL_version}: which protocol versions may be used, in IO::Socket::SSL's syntax
     * ({@code TLSv1_3}, {@code SSLv23:!TLSv1_2}, case-insensitive). Default: every version
     * Parley implements (TLS 1.3).
     *
     * @throws IllegalArgumentException for unknown names or versions Parley does not implement
     */
    public TlsConfigBuilder version(String sslVersion) {
        this.versions = VersionSyntax.parse(sslVersion);
        return this;
    }

    /**
     * {@code SSL_cipher_list} and {@code SSL_ciphersuites}: the cipher suites, by IANA or
     * OpenSSL name, in order of preference, separated by {@code :}; {@code !name} removes one.
     * Default: TLS_AES_128_GCM_SHA256, TLS_AES_256_GCM_SHA384, TLS_CHACHA20_POLY1305_SHA256.
     *
     * @throws IllegalArgumentException for unknown names; the message lists the valid ones
     */
    public TlsConfigBuilder cipherList(String cipherList) {
        this.cipherSuites = CipherNames.parse(cipherList, VersionSyntax.IMPLEMENTED);
        return this;
    }

    /**
     * {@code SSL_honor_cipher_order}: whether a server picks the suite and group by its own
     * preference (true, the default, so the server's choice of strong suites wins) or the
     * client's.
     */
    public TlsConfigBuilder honorCipherOrder(boolean honorCipherOrder) {
        this.honorCipherOrder = honorCipherOrder;
        return this;
    }

    /**
     * {@code SSL_ecdh_curve}: the key-exchange groups in order of preference, separated by
     * {@code :} ({@code X25519:P-256}; {@code auto} for the defaults). A client sends a key
     * share for the first. Default: X25519, P-256, P-384.
     *
     * @throws IllegalArgumentException for unknown or unimplemented groups; the message lists the valid ones
     */
    public TlsConfigBuilder groups(String ecdhCurve) {
        this.groups = GroupNames.parse(ecdhCurve);
        return this;
    }

    /**
     * {@code SSL_alpn_protocols}: the application protocols (RFC 7301) a client offers or a
     * server accepts, most preferred first. Default: none, ALPN is not used.
     *
     * @throws IllegalArgumentException for an empty or over-long (255 bytes) or repeated name
     */
    public TlsConfigBuilder alpn(String... protocols) {
        List<String> names = List.of(protocols);
        for (String name : names) {
            int length = name.getBytes(StandardCharsets.UTF_8).length;
            // RFC 7301 §3.1: ProtocolName is opaque<1..2^8-1>.
            if (length == 0 || length > 255) {
                throw new IllegalArgumentException("ALPN protocol names are 1 to 255 bytes (RFC 7301 §3.1): '"
                        + name + "'");
            }
        }
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("ALPN protocol listed twice: " + names);
        }
        this.alpn = names;
        return this;
    }

    // --- The peer's identity ---

    /**
     * {@code SSL_hostname}: the name a client sends in SNI. Default: the host connected to,
     * when it is a name rather than an IP address. The empty string turns SNI off.
     */
    public TlsConfigBuilder hostname(String hostname) {
        this.hostname = Optional.of(hostname);
        return this;
    }

    /**
     * {@code SSL_verify_mode}: {@link VerifyMode#PEER} (the client default) verifies the
     * server; on a server, {@code PEER} asks for a client certificate and
     * {@link VerifyMode#REQUIRE_PEER} insists on one. {@link VerifyMode#NONE} on a client
     * accepts any server and is logged as insecure; prefer
     * {@link #insecureDisableVerification()}, which says so.
     */
    public TlsConfigBuilder verifyMode(VerifyMode verifyMode) {
        this.verifyMode = Objects.requireNonNull(verifyMode, "verifyMode");
        return this;
    }

    /** {@code SSL_verify_mode} in the manual's text forms ({@code peer}, {@code SSL_VERIFY_PEER|...}, {@code 3}). */
    public TlsConfigBuilder verifyMode(String verifyMode) {
        return verifyMode(VerifyMode.parse(verifyMode));
    }

    /**
     * {@code SSL_ca}: CA certificates in memory to trust; they come before the files. An empty
     * list with no file or directory means "trust no CA" (only {@link #fingerprint} pins then).
     * Default, when no {@code ca*} option is given: the system's CA store ({@code default_ca}).
     */
    public TlsConfigBuilder ca(List<Certificate> certificates) {
        this.trustSource = trustSource.withCertificates(certificates);
        return this;
    }

    /** {@code SSL_ca_file}: a PEM bundle of CA certificates to trust, read by {@link #build()}. */
    public TlsConfigBuilder caFile(Path file) {
        this.trustSource = trustSource.withFile(file);
        return this;
    }

    /** {@code SSL_ca_path}: directories of CA certificates (hash-named or {@code *.pem}, {@code *.crt}). */
    public TlsConfigBuilder caPath(Path... directories) {
        this.trustSource = trustSource.withDirectories(List.of(directories));
        return this;
    }

    /**
     * {@code SSL_check_crl}: the peer's certificate must not be revoked, by a CRL of its issuer
     * that {@link #crlFile} provides; without a current CRL from that issuer it is refused, since a
     * check that passes when the CRL is missing protects nothing. Default off, as in the manual.
     */
    public TlsConfigBuilder checkCrl(boolean check) {
        this.checkCrl = check;
        return this;
    }

    /** {@code SSL_crl_file}: CRLs (PEM or DER) for {@link #checkCrl}, read by {@link #build()}. */
    public TlsConfigBuilder crlFile(Path file) {
        this.crlFiles.add(file);
        return this;
    }

    /**
     * {@code SSL_verify_callback}: sees each certificate of the peer's chain with Parley's
     * verdict and decides in its place ({@link VerifyCallback}).
     */
    public TlsConfigBuilder verifyCallback(VerifyCallback callback) {
        this.verifyCallback = Optional.of(callback);
        return this;
    }

    /**
     * {@code SSL_verifycn_scheme}: the rules for matching the host name against the server's
     * certificate ({@link HostnameScheme#forName}: {@code http}, {@code smtp}, {@code ldap},
     * ..., or {@code none}). Default: {@code http}, i.e. RFC 6125 with RFC 2818's rules: the
     * subject common name only counts when the certificate has no DNS names, wildcards only in
     * the leftmost label and never over a public suffix. IO::Socket::SSL's own default scheme
     * is more permissive and only warns on a mismatch; Parley refuses, as DESIGN.md asks.
     */
    public TlsConfigBuilder verifyScheme(HostnameScheme scheme) {
        this.verifyScheme = Optional.of(scheme);
        return this;
    }

    /** {@code SSL_verifycn_scheme} by name; the error for an unknown name lists the valid ones. */
    public TlsConfigBuilder verifyScheme(String scheme) {
        return verifyScheme(HostnameScheme.forName(scheme));
    }

    /**
     * {@code SSL_verifycn_name}: the name the server's certificate must carry. Default: the SNI
     * name, else the host connected to (also an IP address, matched against IP entries).
     */
    public TlsConfigBuilder verifyName(String name) {
        this.verifyName = Optional.of(name);
        return this;
    }

    /**
     * {@code SSL_verifycn_publicsuffix}: the public suffix list that keeps wildcards like
     * {@code *.co.uk} from matching; {@link PublicSuffixList#none()} switches that check off.
     * Default: the system's list, else the one built into Parley.
     */
    public TlsConfigBuilder publicSuffixList(PublicSuffixList suffixes) {
        this.publicSuffixList = Optional.of(suffixes);
        return this;
    }

    /**
     * {@code SSL_fingerprint}: accepts the peer's certificate ({@code sha256$hex}) or key
     * ({@code sha256$pub$hex}) by fingerprint, as the manual says "no additional validations
     * can make the verification fail": neither its chain (a self-signed certificate, say) nor
     * its names are checked then. Other certificates are verified as usual. Several may be given.
     *
     * @throws IllegalArgumentException for text that is no fingerprint
     */
    public TlsConfigBuilder fingerprint(String... fingerprints) {
        try {
            this.fingerprints = FingerprintPins.parse(Arrays.asList(fingerprints));
        } catch (IdentityFormatException e) {
            throw new IllegalArgumentException("SSL_fingerprint: " + e.getMessage(), e);
        }
        return this;
    }

    /**
     * {@code SSL_force_fingerprint} (IO::Socket::SSL 2.089): only a certificate matching a
     * {@link #fingerprint} pin is accepted, however valid another chain may be.
     */
    public TlsConfigBuilder forceFingerprint(boolean force) {
        this.forceFingerprint = force;
        return this;
    }

    // --- Our own certificate ---

    /**
     * {@code SSL_cert_file} and {@code SSL_key_file}: a certificate chain (leaf first) and its
     * private key, read by {@link #build()}: PEM, DER, PKCS #12 or encrypted PKCS #8 (see
     * {@link #keyPassword}); the key must belong to the leaf. Calling it again adds a second
     * certificate (say ECDSA next to RSA); the handshake picks one the peer can verify.
     */
    public TlsConfigBuilder certificate(Path certificateFile, Path keyFile) {
        return certificateFor("", KeyMaterial.files(certificateFile, Optional.of(keyFile)));
    }

    /** {@code SSL_cert_file} alone: one file holds the chain and the key (PEM or PKCS #12). */
    public TlsConfigBuilder certificate(Path certificateAndKeyFile) {
        return certificateFor("", KeyMaterial.files(certificateAndKeyFile, Optional.empty()));
    }

    /** {@code SSL_cert} and {@code SSL_key}: a chain (leaf first) and key already in memory. */
    public TlsConfigBuilder certificate(List<Certificate> chain, PrivateKey key) {
        return certificateFor("", KeyMaterial.inMemory(chain, key));
    }

    /**
     * {@code SSL_cert_file} and {@code SSL_key_file} as a map: the certificate a server offers
     * to clients that ask for {@code serverName} in SNI; {@code ""} sets the default, used for
     * every other name and for clients without SNI.
     */
    public TlsConfigBuilder certificate(String serverName, Path certificateFile, Path keyFile) {
        return certificateFor(serverName, KeyMaterial.files(certificateFile, Optional.of(keyFile)));
    }

    /**
     * {@code SSL_passwd_cb}: where the password of an encrypted key file or a PKCS #12 file
     * comes from, asked when such a file is read. Default: the empty password.
     */
    public TlsConfigBuilder keyPassword(PasswordCallback passwords) {
        this.keyPassword = Optional.of(passwords);
        return this;
    }

    TlsConfigBuilder certificateFor(String serverName, KeyMaterial material) {
        certificates.computeIfAbsent(serverName.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(material);
        return this;
    }

    // --- Sessions ---

    /**
     * {@code SSL_session_cache_size}: a client keeps resumption tickets for this many servers.
     * Default: no session cache, unless {@link TlsDefaults#setDefaultSessionCache} set one.
     */
    public TlsConfigBuilder sessionCacheSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("SSL_session_cache_size must be at least 1: " + size);
        }
        this.sessionCacheSize = Optional.of(size);
        return this;
    }

    /** {@code SSL_session_cache}: a cache shared with other configs; wins over the size. */
    public TlsConfigBuilder sessionCache(SessionStore cache) {
        this.sessionCache = Optional.of(cache);
        return this;
    }

    /**
     * {@code SSL_session_key}: the cache key of this config's connections, instead of
     * {@code host:port} (e.g. to share one session across FTPS data connections).
     */
    public TlsConfigBuilder sessionKey(String key) {
        this.sessionKey = Optional.of(key);
        return this;
    }

    /**
     * {@code SSL_ticket_keycb}: the keys a server seals session tickets with, for rotation or
     * for sharing across servers. Default: random keys of this process, rotated.
     */
    public TlsConfigBuilder ticketKeys(TicketKeys keys) {
        this.ticketKeys = Optional.of(keys);
        return this;
    }

    // --- The socket's life ---

    /**
     * {@code SSL_fast_shutdown}: whether {@code close()} sends close_notify and closes at once
     * (true, the default) or first waits for the peer's close_notify.
     */
    public TlsConfigBuilder fastShutdown(boolean fastShutdown) {
        this.fastShutdown = fastShutdown;
        return this;
    }

    /**
     * {@code SSL_no_shutdown}: {@code close()} closes the TCP connection without any
     * close_notify, e.g. when another process carries on with the connection.
     */
    public TlsConfigBuilder noShutdown(boolean noShutdown) {
        this.noShutdown = noShutdown;
        return this;
    }

    /**
     * {@code SSL_startHandshake}: false leaves the handshake to an explicit
     * {@code startHandshake()} (or the first read or write), e.g. to hand an accepted socket
     * to a worker thread first. Default true.
     */
    public TlsConfigBuilder startHandshake(boolean startHandshake) {
        this.startHandshake = startHandshake;
        return this;
    }

    /**
     * {@code SSL_keepSocketOnError}: whether the TCP socket stays open when the handshake
     * fails. Default: closed for connections Parley opened or accepted, kept for
     * {@code startTls} on the caller's own socket.
     */
    public TlsConfigBuilder keepSocketOnError(boolean keep) {
        this.keepSocketOnError = Optional.of(keep);
        return this;
    }

    /** {@code SSL_error_trap}: gets the plain socket of a failed handshake instead of it being closed. */
    public TlsConfigBuilder errorTrap(ErrorTrap trap) {
        this.errorTrap = Optional.of(trap);
        return this;
    }

    /**
     * {@code Timeout}: the longest wait to connect, and for each read while handshaking (a
     * {@link java.net.SocketTimeoutException} when exceeded). Default: none, as for a plain
     * socket; reads after the handshake follow {@code setSoTimeout}.
     */
    public TlsConfigBuilder timeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("timeout must be positive and at most " + Integer.MAX_VALUE
                    + " ms: " + timeout);
        }
        this.timeout = Optional.of(timeout);
        return this;
    }

    // --- Debugging and testing ---

    /**
     * Appends every connection's traffic secrets to {@code file} in the NSS key log format, for
     * Wireshark. Default: the file named by the {@code SSLKEYLOGFILE} environment variable (or
     * the {@code parley.keylogfile} property), else none. Security: the file decrypts the
     * connections; its use is logged.
     */
    public TlsConfigBuilder keyLogFile(Path file) {
        this.keyLog = Optional.of(KeyLogFile.of(file));
        return this;
    }

    /** The primitives and random source; default Bouncy Castle's, one per config. */
    public TlsConfigBuilder crypto(CryptoProvider crypto) {
        this.crypto = Optional.of(crypto);
        return this;
    }

    /** The clock for certificate validity and ticket ages; default the system clock. */
    public TlsConfigBuilder clock(InstantSource clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** The handshake state machines; tests substitute a stand-in. */
    TlsConfigBuilder handshakes(Handshakes handshakes) {
        this.handshakes = Objects.requireNonNull(handshakes, "handshakes");
        return this;
    }

    // --- Weakening security (logged when used) ---

    /**
     * A client accepts any server certificate for any name: IO::Socket::SSL's
     * {@code SSL_verify_mode => SSL_VERIFY_NONE}. Anyone on the path can then read and change
     * the traffic. Prefer {@link #fingerprint} for a known self-signed server.
     */
    public TlsConfigBuilder insecureDisableVerification() {
        this.verifyMode = VerifyMode.NONE;
        return this;
    }

    /**
     * The config: the program's {@linkplain TlsDefaults#setArgsFilter args filter} runs first,
     * then certificate files are read.
     *
     * @throws ParleyException ({@link ErrorCode#CONFIGURATION}) when a file cannot be read or
     *         holds no usable certificate or key, or a server has no certificate
     * @throws IOException when a file cannot be read at all
     */
    public TlsConfig build() throws IOException {
        TlsDefaults.applyFilter(side, this);
        CryptoProvider provider = crypto.orElseGet(BouncyCastleCryptoProvider::new);
        Map<String, List<CertifiedKey>> loaded = new LinkedHashMap<>();
        for (Map.Entry<String, List<KeyMaterial>> entry : certificates.entrySet()) {
            List<CertifiedKey> keys = new ArrayList<>();
            for (KeyMaterial material : entry.getValue()) {
                keys.add(material.load(provider, keyPassword));
            }
            loaded.put(entry.getKey(), List.copyOf(keys));
        }
        if (side == TlsConfig.Side.SERVER && !loaded.containsKey("")) {
            throw new ParleyException(ErrorCode.CONFIGURATION, loaded.isEmpty()
                    ? "a server needs a certificate and its key: TlsConfig.server().certificate(certFile, keyFile)"
                    : "a server with certificates per SNI name also needs a default one, for clients without SNI "
                    + "or with other names: certificate(certFile, keyFile)", null);
        }
        if (side == TlsConfig.Side.CLIENT && verifyMode.equals(VerifyMode.NONE)) {
            Debug.warn("INSECURE: a client config without certificate verification was built; "
                    + "any server, or anyone in between, will be accepted");
        }
        keyLog.ifPresent(log -> Debug.warn("TLS secrets are logged to " + log + "; whoever reads it can "
                + "decrypt these connections"));
        Optional<TrustStore> trust = verifyMode.peer() ? Optional.of(trustSource.load()) : Optional.empty();
        return new TlsConfig(this, provider, Map.copyOf(loaded), trust, loadCrls());
    }

    private List<CertificateList> loadCrls() throws IOException {
        List<CertificateList> crls = new ArrayList<>(crlsLoaded);
        for (Path file : crlFiles) {
            try {
                crls.addAll(CertificateList.readAll(file));
            } catch (X509Exception e) {
                throw new ParleyException(ErrorCode.CONFIGURATION, "SSL_crl_file " + file + " holds no usable CRL: "
                        + e.getMessage(), e);
            }
        }
        if (checkCrl && crls.isEmpty()) {
            throw new ParleyException(ErrorCode.CONFIGURATION, "SSL_check_crl needs the issuers' CRLs: give them "
                    + "with crlFile(...)", null);
        }
        return List.copyOf(crls);
    }
}
