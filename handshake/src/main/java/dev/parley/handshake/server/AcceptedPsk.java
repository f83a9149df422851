package dev.parley.handshake.server;

import dev.parley.handshake.keys.KeyScheduleEarly;
import dev.parley.x509.Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A resumption PSK the server accepted (RFC 8446 §4.2.11): which identity it was, the early key
 * schedule it seeds (its binder already verified), and the client chain of the original session.
 *
 * <p>Security: not a record, since it holds the Early Secret.
 */
final class AcceptedPsk {

    private final int selectedIdentity;
    private final KeyScheduleEarly earlySecrets;
    private final List<Certificate> clientCertificates;

    AcceptedPsk(int selectedIdentity, KeyScheduleEarly earlySecrets, List<Certificate> clientCertificates) {
        this.selectedIdentity = selectedIdentity;
        this.earlySecrets = Objects.requireNonNull(earlySecrets, "earlySecrets");
        this.clientCertificates = List.copyOf(clientCertificates);
    }

    /** The zero-based index of the accepted identity, for the ServerHello's pre_shared_key. */
    int selectedIdentity() {
        return selectedIdentity;
    }

    KeyScheduleEarly earlySecrets() {
        return earlySecrets;
    }

    List<Certificate> clientCertificates() {
        return clientCertificates;
    }

    @Override
    public String toString() {
        return "AcceptedPsk[identity " + selectedIdentity + ", " + clientCertificates.size()
                + " client certificates, secrets redacted]";
    }
}
