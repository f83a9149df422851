package dev.parley.cli;

import dev.parley.TlsSocket;

/** The page {@code parley server --www} serves: what the connection it arrived on agreed. */
final class WwwPage {

    private WwwPage() {
    }

    /** The page for {@code socket}, whose handshake completed, answering {@code requestLine}. */
    static String describe(TlsSocket socket, String requestLine) {
        StringBuilder page = new StringBuilder();
        page.append("Parley test server (parley server --www)\n\n");
        SessionReport.parameters(socket).forEach(line -> page.append(line).append('\n'));
        page.append(String.format("%-19s %s%n", "client certificate",
                SessionReport.peerSubject(socket).orElse("none")));
        page.append(String.format("%-19s %s%n", "server certificate",
                socket.localCertificate().map(c -> c.subject()).orElse("none")));
        page.append(String.format("%-19s %s%n", "request", Arguments.printable(requestLine)));
        return page.toString();
    }
}
