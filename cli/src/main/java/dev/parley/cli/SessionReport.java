package dev.parley.cli;

import dev.parley.CertificateDetails;
import dev.parley.TlsSocket;
import dev.parley.handshake.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a handshake agreed on, as lines a person reads: the demo's report, the client's summary
 * and the page {@code server --www} serves all come from here.
 */
final class SessionReport {

    private SessionReport() {
    }

    /** The version as people write it: {@code TLSv1.3}. */
    static String version(int code) {
        return switch (code) {
            case 0x0304 -> "TLSv1.3";
            case 0x0303 -> "TLSv1.2";
            default -> String.format("version 0x%04x", code);
        };
    }

    /** The negotiated parameters, one {@code name: value} line each, for {@code socket}'s completed handshake. */
    static List<String> parameters(TlsSocket socket) {
        Session session = socket.session().orElseThrow();
        List<String> lines = new ArrayList<>();
        lines.add(line("protocol", version(session.version().code())));
        lines.add(line("cipher suite", session.cipherSuite().toString()));
        lines.add(line("key exchange group", session.group().map(Object::toString)
                .orElse("none (resumed without a new key exchange)")));
        if (session.peerSignatureScheme().isPresent() || session.localSignatureScheme().isEmpty()) {
            lines.add(line("signature scheme", session.peerSignatureScheme().map(s -> s + " (the peer's CertificateVerify)")
                    .orElse(session.resumed() ? "none (resumed: the ticket vouches for the server)"
                            : "none (the peer sent no CertificateVerify)")));
        }
        session.localSignatureScheme().ifPresent(s -> lines.add(line(
                session.peerSignatureScheme().isPresent() ? "our signature" : "signature scheme",
                s + " (our CertificateVerify)")));
        lines.add(line("SNI", session.serverName().orElse("none")));
        lines.add(line("ALPN", session.applicationProtocol().orElse("none")));
        lines.add(line("resumed", session.resumed() ? "yes" : "no"));
        if (session.helloRetryRequest()) {
            lines.add(line("HelloRetryRequest", "yes (the server asked for another key share)"));
        }
        return lines;
    }

    /** The chain, leaf first: subject, issuer and SHA-256 fingerprint of each certificate. */
    static List<String> chain(List<CertificateDetails> certificates) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < certificates.size(); i++) {
            CertificateDetails certificate = certificates.get(i);
            lines.add("[" + i + "] subject " + certificate.subject());
            lines.add("    issuer  " + certificate.issuer());
            lines.add("    " + certificate.fingerprint());
        }
        return lines;
    }

    /** One line for a log: who, version, suite, group, SNI, ALPN, resumption. */
    static String oneLine(TlsSocket socket) {
        Session session = socket.session().orElseThrow();
        return version(session.version().code()) + " " + session.cipherSuite()
                + " " + session.group().map(Object::toString).orElse("psk_ke")
                + " sni=" + session.serverName().orElse("-")
                + " alpn=" + session.applicationProtocol().orElse("-")
                + (session.resumed() ? " resumed" : "")
                + socket.peerCertificate().map(c -> " client-cert=" + c.subject()).orElse("");
    }

    /** The subject of the peer's certificate, if it sent one. */
    static Optional<String> peerSubject(TlsSocket socket) {
        return socket.peerCertificate().map(CertificateDetails::subject);
    }

    static String line(String name, String value) {
        return String.format("%-19s %s", name, value);
    }
}
