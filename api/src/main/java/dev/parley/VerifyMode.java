package dev.parley;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether and how the peer's certificate is checked: IO::Socket::SSL's {@code SSL_verify_mode},
 * the OpenSSL flags {@code SSL_VERIFY_NONE} (0), {@code SSL_VERIFY_PEER} (1),
 * {@code SSL_VERIFY_FAIL_IF_NO_PEER_CERT} (2) and {@code SSL_VERIFY_CLIENT_ONCE} (4).
 *
 * <ul>
 *   <li>A client verifies the server with {@link #PEER} (its default); {@link #NONE} accepts any
 *       server and is logged as insecure. The two server-only flags do nothing on a client.</li>
 *   <li>A server asks for no client certificate with {@link #NONE} (its default), asks for one
 *       and verifies it if sent with {@link #PEER}, and refuses clients without one with
 *       {@link #REQUIRE_PEER} ({@code PEER | FAIL_IF_NO_PEER_CERT}). {@code CLIENT_ONCE} matters
 *       only for renegotiation, which TLS 1.3 does not have: a TLS 1.3 server asks once anyway.</li>
 * </ul>
 *
 * @param peer VERIFY_PEER: the peer's certificate is asked for (server) and verified
 * @param failIfNoPeerCert VERIFY_FAIL_IF_NO_PEER_CERT: a server refuses a client without a certificate
 * @param clientOnce VERIFY_CLIENT_ONCE: a server asks only in the first handshake
 */
public record VerifyMode(boolean peer, boolean failIfNoPeerCert, boolean clientOnce) {

    /** SSL_VERIFY_NONE. */
    public static final VerifyMode NONE = new VerifyMode(false, false, false);
    /** SSL_VERIFY_PEER. */
    public static final VerifyMode PEER = new VerifyMode(true, false, false);
    /** SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT: a server demands a client certificate. */
    public static final VerifyMode REQUIRE_PEER = new VerifyMode(true, true, false);

    private static final String VALID = "valid flags are none (SSL_VERIFY_NONE, 0), peer (SSL_VERIFY_PEER, 1), "
            + "fail_if_no_peer_cert (SSL_VERIFY_FAIL_IF_NO_PEER_CERT, 2) and client_once (SSL_VERIFY_CLIENT_ONCE, 4), "
            + "combined with '|' or given as their sum";

    /**
     * @throws IllegalArgumentException for the server flags without {@code peer}: OpenSSL ignores
     *         them then, so asking for them is a mistake worth hearing about
     */
    public VerifyMode {
        if (!peer && (failIfNoPeerCert || clientOnce)) {
            throw new IllegalArgumentException("SSL_VERIFY_FAIL_IF_NO_PEER_CERT and SSL_VERIFY_CLIENT_ONCE only take "
                    + "effect together with SSL_VERIFY_PEER; add peer");
        }
    }

    /** The mode of OpenSSL's bit flags ({@code 0}, {@code 1}, {@code 3}, {@code 5}, {@code 7}). */
    public static VerifyMode ofBits(int bits) {
        if ((bits & ~7) != 0) {
            throw new IllegalArgumentException("SSL_verify_mode " + bits + " has unknown bits; " + VALID);
        }
        return new VerifyMode((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0);
    }

    /**
     * Reads the manual's forms: a number ({@code 1}, {@code 0x03}), or flag names joined with
     * {@code |}, each with or without the {@code SSL_VERIFY_} prefix, in any case
     * ({@code peer}, {@code SSL_VERIFY_PEER|SSL_VERIFY_FAIL_IF_NO_PEER_CERT}, {@code none}).
     *
     * @throws IllegalArgumentException for anything else; the message lists the valid flags
     */
    public static VerifyMode parse(String text) {
        String spec = text.strip();
        if (spec.matches("\\d+|0[xX][0-9a-fA-F]+")) {
            return ofBits(spec.startsWith("0x") || spec.startsWith("0X")
                    ? Integer.parseInt(spec.substring(2), 16) : Integer.parseInt(spec));
        }
        int bits = 0;
        for (String part : spec.split("\\|", -1)) {
            String flag = part.strip().toLowerCase(Locale.ROOT).replace('-', '_');
            if (flag.startsWith("ssl_verify_")) {
                flag = flag.substring("ssl_verify_".length());
            }
            bits |= switch (flag) {
                case "none" -> 0;
                case "peer" -> 1;
                case "fail_if_no_peer_cert" -> 2;
                case "client_once" -> 4;
                default -> throw new IllegalArgumentException("unknown SSL_verify_mode flag '" + part.strip()
                        + "' in '" + text + "'; " + VALID);
            };
        }
        return ofBits(bits);
    }

    /** OpenSSL's bit flags. */
    public int bits() {
        return (peer ? 1 : 0) | (failIfNoPeerCert ? 2 : 0) | (clientOnce ? 4 : 0);
    }

    /** The flags by their OpenSSL names, e.g. {@code SSL_VERIFY_PEER|SSL_VERIFY_FAIL_IF_NO_PEER_CERT}. */
    @Override
    public String toString() {
        List<String> flags = new ArrayList<>();
        if (peer) {
            flags.add("SSL_VERIFY_PEER");
        }
        if (failIfNoPeerCert) {
            flags.add("SSL_VERIFY_FAIL_IF_NO_PEER_CERT");
        }
        if (clientOnce) {
            flags.add("SSL_VERIFY_CLIENT_ONCE");
        }
        return flags.isEmpty() ? "SSL_VERIFY_NONE" : String.join("|", flags);
    }
}
