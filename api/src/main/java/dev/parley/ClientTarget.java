package dev.parley;

import dev.parley.x509.identity.IpLiteral;
import java.util.Optional;

/**
 * Whom a client connection is for, derived once from the host it connects to and its config, the
 * way IO::Socket::SSL derives it from PeerAddr and its options.
 *
 * @param serverName the SNI name ({@code SSL_hostname}): the config's, else the host when it is
 *        a DNS name; never an IP address (RFC 6066 §3), never with a trailing dot
 * @param verifyName the name the certificate must match ({@code SSL_verifycn_name}): the
 *        config's, else the SNI name, else the host (an IP address then)
 * @param sessionKey the session cache key ({@code SSL_session_key}): the config's, else {@code host:port}
 */
record ClientTarget(Optional<String> serverName, Optional<String> verifyName, String sessionKey) {

    /** The target for a connection to {@code host} on {@code port} under {@code config}. */
    static ClientTarget of(TlsConfig config, String host, int port) {
        String bareHost = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        Optional<String> sni = config.hostname()
                .or(() -> IpLiteral.isIpLiteral(bareHost) ? Optional.empty() : Optional.of(bareHost))
                .map(ClientTarget::withoutTrailingDot)
                .filter(name -> !name.isEmpty());
        Optional<String> verify = config.peerChecks().name().or(() -> sni)
                .or(() -> bareHost.isEmpty() ? Optional.empty() : Optional.of(bareHost));
        String key = config.sessionKey().orElse(bareHost + ":" + port);
        return new ClientTarget(sni, verify, key);
    }

    private static String withoutTrailingDot(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
