package dev.parley.handshake.server;

import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.engine.HandshakeContext;
import dev.parley.handshake.keys.TranscriptHash;
import dev.parley.handshake.message.ClientHello;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.HelloRetryRequest;
import dev.parley.record.TlsException;
import java.util.Objects;

/**
 * RFC 8446 Appendix A.2 START: waiting for the first ClientHello. It is checked, the suite and
 * group are chosen, and the server either answers with its whole flight or, when no key share is
 * acceptable but a common group exists, asks for another ClientHello (§4.1.4).
 */
final class WaitClientHello implements ServerState {

    /**
     * How much rejected 0-RTT data we skip (RFC 8446 §4.2.10: "up to the configured
     * max_early_data_size"). Parley never allows early data in its tickets, so this only bounds
     * what a client with a ticket from a server that did may send: 16 KiB of data, OpenSSL's
     * default max_early_data, plus one record's worth of expansion (§5.2: 256 bytes).
     */
    static final long MAX_REJECTED_EARLY_DATA = 16 * 1024 + 256;

    private final TicketSealer sealer;

    WaitClientHello(TicketSealer sealer) {
        this.sealer = Objects.requireNonNull(sealer, "sealer");
    }

    @Override
    public ServerState handle(HandshakeContext cx, Handshake frame) throws TlsException {
        ClientHello hello = ClientMessages.clientHello(frame, "START");
        // RFC 8446 §5: change_cipher_spec may arrive any time after the first ClientHello.
        cx.acceptChangeCipherSpec(true);
        ClientHelloOffer offer = ClientHelloOffer.read(hello);
        CipherSuite suite = Negotiation.cipherSuite(cx.config(), offer);
        Negotiation.GroupChoice group = Negotiation.keyExchange(cx.config(), offer);
        if (offer.earlyData()) {
            // RFC 8446 §4.2.10: early data is rejected by leaving it unacknowledged and skipping it.
            cx.skipRejectedEarlyData(MAX_REJECTED_EARLY_DATA);
        }
        TranscriptHash transcript = TranscriptHash.start(cx.crypto(), suite.hash().orElseThrow());
        if (group instanceof Negotiation.Retry retry) {
            return retry(cx, frame, offer, suite, retry, transcript);
        }
        return ServerFlight.answer(cx, sealer, frame, offer, suite, ((Negotiation.Share) group).clientShare(),
                transcript, false);
    }

    /**
     * Sends the HelloRetryRequest: ClientHello1 becomes message_hash in the transcript (RFC 8446
     * §4.4.1), and a change_cipher_spec follows in middlebox compatibility mode (§D.4).
     */
    private ServerState retry(HandshakeContext cx, Handshake frame, ClientHelloOffer offer, CipherSuite suite,
                              Negotiation.Retry retry, TranscriptHash transcript) throws TlsException {
        transcript.add(frame.encoded());
        transcript.replaceClientHelloWithMessageHash();
        HelloRetryRequest request = ServerHellos.helloRetryRequest(offer.hello(), suite, retry.group());
        transcript.add(cx.send(request));
        if (!offer.hello().legacySessionId().isEmpty()) {
            cx.sendChangeCipherSpec();
        }
        return new WaitSecondClientHello(sealer, offer, suite, retry.group(), transcript);
    }

    @Override
    public String toString() {
        return "WaitClientHello";
    }
}
