package dev.parley;

import java.util.Locale;
import java.util.Map;

/**
 * A {@code host:port} text as IO::Socket::SSL's {@code PeerAddr} takes it: a name or IPv4
 * address, or an IPv6 address in brackets ({@code [::1]:443}), then a port number or one of the
 * TLS service names.
 *
 * @param host the host, without brackets
 * @param port the port number
 */
record HostPort(String host, int port) {

    private static final Map<String, Integer> SERVICES = Map.of("https", 443, "smtps", 465, "submissions", 465,
            "imaps", 993, "pop3s", 995, "ldaps", 636, "ftps", 990, "xmpps-client", 5223);

    /**
     * @throws IllegalArgumentException when the text is not {@code host:port}; the message shows the forms
     */
    static HostPort parse(String text) {
        String spec = text.strip();
        int colon = spec.lastIndexOf(':');
        if (colon <= 0 || colon == spec.length() - 1) {
            throw invalid(text);
        }
        String host = spec.substring(0, colon);
        String port = spec.substring(colon + 1);
        if (host.startsWith("[")) {
            if (!host.endsWith("]") || host.length() < 3) {
                throw invalid(text);
            }
            host = host.substring(1, host.length() - 1);
        } else if (host.contains(":")) {
            throw new IllegalArgumentException("'" + text + "': write an IPv6 address in brackets, e.g. [::1]:443");
        }
        return new HostPort(host, portNumber(port, text));
    }

    private static int portNumber(String port, String text) {
        Integer service = SERVICES.get(port.toLowerCase(Locale.ROOT));
        if (service != null) {
            return service;
        }
        try {
            int number = Integer.parseInt(port);
            if (number >= 1 && number <= 65535) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + port + "' in '" + text + "' is no port: use 1 to 65535 or one of "
                + String.join(", ", new java.util.TreeSet<>(SERVICES.keySet())));
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("'" + text + "' is not host:port (e.g. example.com:443, 192.0.2.1:993, "
                + "[2001:db8::1]:443)");
    }
}
