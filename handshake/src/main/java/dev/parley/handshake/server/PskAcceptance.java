package dev.parley.handshake.server;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.extension.OfferedPsks;
import dev.parley.handshake.extension.PskIdentity;
import dev.parley.handshake.keys.KeyScheduleEarly;
import dev.parley.handshake.keys.PskBinder;
import dev.parley.handshake.keys.PskKind;
import dev.parley.handshake.keys.Secret;
import dev.parley.handshake.keys.TranscriptHash;
import dev.parley.handshake.message.Handshake;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.TlsException;
import dev.parley.x509.Certificate;
import dev.parley.x509.X509Exception;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a ClientHello resumes a session (RFC 8446 §4.2.11): the first offered identity
 * that is one of our tickets, still usable for this handshake, is selected, and its binder must
 * verify. Everything short of a bad binder only means a full handshake: unknown, forged, expired
 * or foreign tickets are skipped, never fatal.
 *
 * <p>A ticket is usable when it opens, was issued for TLS 1.3, its suite's hash is the chosen
 * suite's (§4.2.11: "MUST only be resumed with a cipher suite that has the same KDF hash"), its
 * lifetime has not run out by our clock (§4.6.1), it was issued for the same SNI name (§4.6.1
 * ties a ticket to its server name; a resumed session keeps the original authentication), and its
 * client chain still parses. The obfuscated ticket age is not checked: it matters only for
 * accepting 0-RTT data (§8.3, §4.2.10), which Parley never does; the ticket's own lifetime bounds
 * its use. Only psk_dhe_ke is offered to use (§4.2.9: Parley does not do psk_ke).
 */
final class PskAcceptance {

    private PskAcceptance() {
    }

    /**
     * The accepted PSK, if any.
     *
     * @param transcript the transcript before this ClientHello: empty, or message_hash and the
     *                   HelloRetryRequest after a retry (RFC 8446 §4.2.11.2)
     * @param received the ClientHello exactly as it arrived, for the truncated binder transcript
     * @throws TlsException decrypt_error if the selected identity's binder does not verify
     *         (RFC 8446 §4.2.11: "MUST validate the binder value ... or abort the handshake")
     */
    static Optional<Accepted> accept(CryptoProvider crypto, TicketSealer sealer, Instant now, ClientHelloOffer offer,
                                     CipherSuite suite, Handshake received, TranscriptHash transcript)
            throws TlsException {
        if (offer.offeredPsks().isEmpty() || !offer.allowsPskDheKe()) {
            // RFC 8446 §4.2.9: a PSK may only be used in a mode the client lists.
            return Optional.empty();
        }
        OfferedPsks offered = offer.offeredPsks().get();
        HashAlgorithm hash = suite.hash().orElseThrow();
        for (int index = 0; index < offered.identities().size(); index++) {
            PskIdentity identity = offered.identities().get(index);
            Optional<TicketState> opened = sealer.open(identity.identity());
            if (opened.isEmpty()) {
                continue;
            }
            TicketState state = opened.get();
            try {
                Optional<List<Certificate>> chain = usableChain(state, hash, now, offer);
                if (chain.isPresent()) {
                    KeyScheduleEarly early = verifiedEarlySecrets(crypto, hash, state, offer, received, transcript,
                            offered.binders().get(index));
                    return Optional.of(new Accepted(index, early, chain.get()));
                }
            } finally {
                state.destroy();
            }
        }
        return Optional.empty();
    }

    /** The ticket's client chain if the ticket is usable for this handshake; empty otherwise. */
    private static Optional<List<Certificate>> usableChain(TicketState state, HashAlgorithm hash, Instant now,
                                                           ClientHelloOffer offer) {
        if (!state.version().equals(ProtocolVersion.TLS13)
                // RFC 8446 §4.2.11: the PSK's hash must be the hash of the suite in use.
                || state.cipherSuite().hash().filter(hash::equals).isEmpty()
                // RFC 8446 §4.6.1: never use a ticket past its lifetime.
                || !state.isValidAt(now)
                // RFC 8446 §4.6.1: the ticket belongs to the server name it was issued for.
                || !state.serverName().equals(offer.serverName())) {
            return Optional.empty();
        }
        List<Certificate> chain = new ArrayList<>();
        for (Bytes der : state.clientCertificates()) {
            try {
                chain.add(Certificate.parse(der));
            } catch (X509Exception e) {
                return Optional.empty();
            }
        }
        return Optional.of(chain);
    }

    private static KeyScheduleEarly verifiedEarlySecrets(CryptoProvider crypto, HashAlgorithm hash, TicketState state,
                                                         ClientHelloOffer offer, Handshake received,
                                                         TranscriptHash transcript, Bytes binder) throws TlsException {
        byte[] pskBytes = state.psk();
        Secret psk = Secret.copyOf(pskBytes);
        Arrays.fill(pskBytes, (byte) 0);
        KeyScheduleEarly early = KeyScheduleEarly.withPsk(crypto, hash, psk);
        psk.destroy();
        try {
            PskBinder binders = early.pskBinder(PskKind.RESUMPTION);
            Bytes truncated = offer.hello().truncateForBinders(received);
            // RFC 8446 §4.2.11.2: the binder covers the transcript up to the truncated ClientHello.
            binders.verify(transcript.snapshotWith(hash, truncated), binder);
            return early;
        } catch (TlsException e) {
            early.destroy();
            throw e;
        }
    }

    /**
     * A resumption PSK the server accepted: which identity it was, the early key schedule it
     * seeds (its binder already verified), and the client chain of the original session.
     *
     * <p>Security: not a record, since it holds the Early Secret.
     */
    static final class Accepted {

        private final int selectedIdentity;
        private final KeyScheduleEarly earlySecrets;
        private final List<Certificate> clientCertificates;

        Accepted(int selectedIdentity, KeyScheduleEarly earlySecrets, List<Certificate> clientCertificates) {
            this.selectedIdentity = selectedIdentity;
            this.earlySecrets = earlySecrets;
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
            return "PskAcceptance.Accepted[identity " + selectedIdentity + ", " + clientCertificates.size()
                    + " client certificates, secrets redacted]";
        }
    }
}
