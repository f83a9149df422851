package dev.parley.handshake.client;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.auth.PeerCertificates;
import dev.parley.handshake.codepoint.CertificateStatusType;
import dev.parley.handshake.extension.CertificateStatus;
import dev.parley.handshake.message.Certificate;
import dev.parley.handshake.message.CertificateEntry;
import dev.parley.record.TlsException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The server's Certificate message (RFC 8446 §4.4.2), checked and parsed: its chain, leaf first,
 * and the OCSP response stapled to the leaf, if we asked for one and got it (§4.4.2.1).
 *
 * @param chain the parsed certificates, as the server sent them
 * @param ocspStaple the DER OCSPResponse of the leaf's status_request extension
 */
record ServerChain(List<dev.parley.x509.Certificate> chain, Optional<Bytes> ocspStaple) {

    ServerChain {
        chain = List.copyOf(chain);
        Objects.requireNonNull(ocspStaple, "ocspStaple");
    }

    /** The leaf certificate, whose key signs the CertificateVerify. */
    dev.parley.x509.Certificate leaf() {
        return chain.get(0);
    }

    /** Reads and checks {@code certificate} against what {@code offered} asked for. */
    static ServerChain read(Certificate certificate, Offered offered) throws TlsException {
        if (!certificate.certificateRequestContext().isEmpty()) {
            // RFC 8446 §4.4.2: for server authentication the context "SHALL be zero length".
            throw new TlsException(HandshakeFailure.REQUEST_CONTEXT_NOT_EMPTY, "the server's Certificate has a "
                    + certificate.certificateRequestContext().length() + "-byte certificate_request_context");
        }
        List<CertificateEntry> entries = certificate.certificateList();
        if (entries.isEmpty()) {
            // RFC 8446 §4.4.2.4: an empty server Certificate is fatal with decode_error.
            throw new TlsException(HandshakeFailure.EMPTY_SERVER_CERTIFICATE, "the server sent no certificate");
        }
        Optional<Bytes> staple = Optional.empty();
        for (int i = 0; i < entries.size(); i++) {
            CertificateEntry entry = entries.get(i);
            // RFC 8446 §4.4.2: a server's per-certificate extensions must answer ones our ClientHello sent.
            ExtensionRules.checkAnswers(entry.extensions(), offered.extensionTypes(),
                    ExtensionRules.CERTIFICATE_ENTRY, Set.of(), "CertificateEntry");
            Optional<CertificateStatus> status = entry.certificateStatus();
            if (status.isPresent() && !status.get().statusType().equals(CertificateStatusType.OCSP)) {
                // RFC 8446 §4.4.2.1: the status answers our ocsp request, so it is an OCSP response.
                throw new TlsException(HandshakeFailure.CERTIFICATE_STATUS_NOT_OCSP,
                        "certificate " + i + " carries a status of type " + status.get().statusType());
            }
            if (i == 0 && status.isPresent()) {
                staple = Optional.of(status.get().response());
            }
        }
        return new ServerChain(PeerCertificates.parse(entries), staple);
    }
}
