package dev.parley.cli;

/**
 * A {@code host:port} argument: a name or IPv4 address, or an IPv6 address in brackets
 * ({@code [::1]:8443}), then a port from 1 to 65535.
 *
 * @param host the host, without brackets
 * @param port the port
 */
record Endpoint(String host, int port) {

    /** Reads {@code text}; a malformed one is a usage error of {@code args}'s command. */
    static Endpoint parse(String text, Arguments args) throws UsageException {
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw args.error("'" + Arguments.printable(text) + "' is not host:port (e.g. example.com:443, "
                    + "127.0.0.1:8443, [::1]:8443)");
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") || host.endsWith("]")) {
            if (!host.startsWith("[") || !host.endsWith("]") || host.length() < 3) {
                throw args.error("'" + Arguments.printable(text) + "': an IPv6 address goes in brackets, e.g. [::1]:443");
            }
            host = host.substring(1, host.length() - 1);
        } else if (host.contains(":")) {
            throw args.error("'" + Arguments.printable(text) + "': write an IPv6 address in brackets, e.g. [::1]:443");
        }
        if (host.isBlank() || host.chars().anyMatch(c -> c <= 0x20 || c == 0x7F)) {
            throw args.error("'" + Arguments.printable(text) + "': the host is empty or holds spaces or control characters");
        }
        String port = text.substring(colon + 1);
        if (port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')
                || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            throw args.error("'" + Arguments.printable(port) + "' is no port: use 1 to 65535");
        }
        return new Endpoint(host, Integer.parseInt(port));
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
