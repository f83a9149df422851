package dev.parley;

import dev.parley.handshake.PeerVerifier;
import dev.parley.handshake.verify.X509PeerVerifier;
import dev.parley.x509.identity.HostnameScheme;
import java.util.Optional;

/**
 * The one place where a config's verification options ({@code SSL_ca*}, {@code SSL_fingerprint},
 * {@code SSL_check_crl}, {@code SSL_crl_file},
 * {@code SSL_verifycn_scheme}, {@code SSL_verifycn_name}, {@code SSL_verifycn_publicsuffix},
 * {@code SSL_verify_callback}) become the handshake's {@link PeerVerifier}: the handshake module's
 * {@link X509PeerVerifier} (path validation, pins, host name), told this connection's reference
 * name, and wrapped in the program's callback when there is one.
 */
final class PeerVerification {

    private PeerVerification() {
    }

    /**
     * What a client checks of a server. The name verified is {@code verifyName} (the config's
     * {@code SSL_verifycn_name}, else the host connected to), whatever was sent in SNI, so that a
     * connection by IP address or without SNI is still checked.
     */
    static PeerVerifier ofServer(TlsConfig config, Optional<String> verifyName) {
        PeerVerifier named = named(verifier(config), verifyName);
        return withCallback(config, named);
    }

    /** What a server checks of a client's certificate (no name: a client is not reached by name). */
    static PeerVerifier ofClient(TlsConfig config) {
        return withCallback(config, verifier(config));
    }

    private static X509PeerVerifier verifier(TlsConfig config) {
        TlsConfig.PeerChecks checks = config.peerChecks();
        X509PeerVerifier.Builder builder = X509PeerVerifier.builder(config.crypto(), checks.trust().orElseThrow())
                // SSL_verifycn_scheme's default here is http (RFC 2818 read with RFC 6125), see TlsConfig.
                .hostnameScheme(checks.scheme().orElse(HostnameScheme.HTTP))
                .pins(checks.pins())
                .pinsOnly(checks.forceFingerprint());
        checks.suffixes().ifPresent(builder::publicSuffixList);
        builder.validationParameters(parameters -> parameters.crls(checks.crlCheck(), checks.crls()));
        return builder.build();
    }

    /** The verifier told {@code name} instead of what the state machine passes (the SNI name). */
    private static PeerVerifier named(PeerVerifier inner, Optional<String> name) {
        return (chain, context) -> inner.verify(chain, new PeerVerifier.Context(context.peerIsServer(), name,
                context.ocspResponse(), context.now()));
    }

    private static PeerVerifier withCallback(TlsConfig config, PeerVerifier inner) {
        Optional<VerifyCallback> callback = config.peerChecks().callback();
        if (callback.isEmpty()) {
            return inner;
        }
        TlsConfig.PeerChecks checks = config.peerChecks();
        return new CallbackVerifier(inner, callback.get(), checks.scheme().orElse(HostnameScheme.HTTP),
                checks.suffixes());
    }
}
