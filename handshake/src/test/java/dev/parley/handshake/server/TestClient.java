package dev.parley.handshake.server;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoException;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.KeyShare;
import dev.parley.handshake.CertifiedKey;
import dev.parley.handshake.auth.OwnSignature;
import dev.parley.handshake.auth.SchemeSelection;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.handshake.extension.KeyShareEntry;
import dev.parley.handshake.extension.KeyShareServerHello;
import dev.parley.handshake.extension.OfferedPsks;
import dev.parley.handshake.extension.PreSharedKeyServerHello;
import dev.parley.handshake.extension.PskIdentity;
import dev.parley.handshake.extension.SignatureSchemeList;
import dev.parley.handshake.keys.KeyScheduleEarly;
import dev.parley.handshake.keys.KeyScheduleHandshake;
import dev.parley.handshake.keys.KeyScheduleTraffic;
import dev.parley.handshake.keys.PskKind;
import dev.parley.handshake.keys.ResumptionMasterSecret;
import dev.parley.handshake.keys.Secret;
import dev.parley.handshake.keys.TranscriptHash;
import dev.parley.handshake.message.Certificate;
import dev.parley.handshake.message.CertificateEntry;
import dev.parley.handshake.message.CertificateRequest;
import dev.parley.handshake.message.ClientHello;
import dev.parley.handshake.message.Finished;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.HandshakeMessage;
import dev.parley.handshake.message.HelloRetryRequest;
import dev.parley.handshake.message.NewSessionTicket;
import dev.parley.handshake.message.ServerHello;
import dev.parley.handshake.message.Tls13Messages;
import dev.parley.record.TlsException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The client half of a TLS 1.3 handshake, just enough to drive the server states in tests: it
 * makes key shares, keeps the transcript, follows the server's flight (checking its Finished),
 * writes its own second flight, computes PSK binders, and turns tickets into PSKs. It is built
 * on the key schedule of {@code dev.parley.handshake.keys}, which has its own RFC 8448 tests.
 */
final class TestClient {

    private final CryptoProvider crypto;
    private final Map<NamedGroup, KeyShare> shares = new HashMap<>();
    private final TranscriptHash transcript;
    private Optional<Secret> psk = Optional.empty();
    private CipherSuite suite;
    private KeyScheduleHandshake handshakeSecrets;
    private KeyScheduleTraffic trafficSecrets;
    private Optional<CertificateRequest> certificateRequest = Optional.empty();
    private boolean serverFinished;
    private ResumptionMasterSecret resumption;

    TestClient(CryptoProvider crypto) {
        this.crypto = crypto;
        this.transcript = TranscriptHash.start(crypto);
    }

    /** A fresh key share for {@code group}, remembered for the ServerHello. */
    KeyShareEntry share(NamedGroup group) {
        KeyShare share = crypto.keyAgreement(group.keyAgreement().orElseThrow()).generate();
        shares.put(group, share);
        return new KeyShareEntry(group, Bytes.wrap(share.publicShare()));
    }

    /** Uses the key share of {@code privateKey} for {@code group}, as a published trace did. */
    void knownShare(NamedGroup group, byte[] privateKey) throws CryptoException {
        shares.put(group, crypto.keyAgreement(group.keyAgreement().orElseThrow()).fromPrivateKey(privateKey));
    }

    /** Adds a ClientHello sent exactly as {@code frame} (a published one) to the transcript. */
    Handshake sendAsIs(Handshake frame) {
        transcript.add(frame.encoded());
        return frame;
    }

    /** {@code hello} framed and added to the transcript, as sent. */
    Handshake send(ClientHello hello) {
        Handshake frame = Handshake.of(hello);
        transcript.add(frame.encoded());
        return frame;
    }

    /**
     * {@code hello}, which ends with a pre_shared_key offering {@code ticket} (binder placeholder
     * included), with the binder computed over the truncated hello (RFC 8446 §4.2.11.2) under
     * {@code resumptionPsk} with {@code hash}; framed and added to the transcript.
     */
    Handshake sendWithPsk(ClientHello hello, HashAlgorithm hash, byte[] resumptionPsk) throws TlsException {
        return sendWithPsk(hello, hash, resumptionPsk, 0);
    }

    /** As above, for the identity at {@code index}; the other binders stay placeholders. */
    Handshake sendWithPsk(ClientHello hello, HashAlgorithm hash, byte[] resumptionPsk, int index) throws TlsException {
        Secret secret = Secret.copyOf(resumptionPsk);
        psk = Optional.of(secret);
        KeyScheduleEarly early = KeyScheduleEarly.withPsk(crypto, hash, secret);
        Bytes truncated = hello.truncateForBinders();
        Bytes binder = early.pskBinder(PskKind.RESUMPTION).compute(transcript.snapshotWith(hash, truncated));
        early.destroy();
        List<Bytes> binders = new ArrayList<>(hello.offeredPsks().orElseThrow().binders());
        binders.set(index, binder);
        return send(hello.withBinders(binders));
    }

    /** A pre_shared_key offer for {@code ticket} with a placeholder binder of {@code hashLength} bytes. */
    static OfferedPsks offer(Bytes ticket, long obfuscatedAge, int hashLength) {
        return new OfferedPsks(List.of(new PskIdentity(ticket, obfuscatedAge)), List.of(Bytes.wrap(new byte[hashLength])));
    }

    /** Follows one message of the server's flight, exactly as sent. */
    void receive(Handshake frame) throws TlsException {
        HandshakeMessage message = suite == null ? Tls13Messages.decode(frame)
                : Tls13Messages.decode(frame, suite.hash().orElseThrow().outputLength());
        if (message instanceof ServerHello hello) {
            transcript.add(frame.encoded());
            serverHello(hello);
        } else if (frame.msgType().equals(HandshakeType.SERVER_HELLO)) {
            suite = ((HelloRetryRequest) message).cipherSuite();
            transcript.chooseHash(suite.hash().orElseThrow());
            transcript.replaceClientHelloWithMessageHash();
            transcript.add(frame.encoded());
        } else if (message instanceof Finished finished) {
            handshakeSecrets.serverHandshakeTrafficSecret().finishedKey()
                    .verify(transcript.snapshot(), finished.verifyData());
            transcript.add(frame.encoded());
            trafficSecrets = handshakeSecrets.traffic(transcript.snapshot());
            serverFinished = true;
        } else if (!(message instanceof NewSessionTicket)) {
            if (message instanceof CertificateRequest request) {
                certificateRequest = Optional.of(request);
            }
            transcript.add(frame.encoded());
        }
    }

    private void serverHello(ServerHello hello) throws TlsException {
        suite = hello.cipherSuite();
        HashAlgorithm hash = suite.hash().orElseThrow();
        transcript.chooseHash(hash);
        KeyShareEntry serverShare = hello.extension(KeyShareServerHello.EXTENSION).orElseThrow().serverShare();
        byte[] shared;
        try {
            shared = shares.get(serverShare.group()).agree(serverShare.keyExchange().toByteArray());
        } catch (CryptoException e) {
            throw new AssertionError("the server's key share does not work", e);
        }
        boolean resumed = hello.extension(PreSharedKeyServerHello.EXTENSION).isPresent();
        KeyScheduleEarly early = resumed ? KeyScheduleEarly.withPsk(crypto, hash, psk.orElseThrow())
                : KeyScheduleEarly.withoutPsk(crypto, hash);
        handshakeSecrets = early.handshake(Secret.copyOf(shared), transcript.snapshot());
    }

    /** Follows every message in {@code frames}. */
    void receiveAll(List<Handshake> frames) throws TlsException {
        for (Handshake frame : frames) {
            receive(frame);
        }
    }

    /**
     * The client's second flight: for a CertificateRequest, a Certificate (with {@code key}'s chain,
     * or empty) and, with a key, a CertificateVerify; then the Finished. Each is added to the
     * transcript as sent.
     */
    List<Handshake> secondFlight(Optional<CertifiedKey> key) throws TlsException {
        if (!serverFinished) {
            throw new AssertionError("the server's Finished has not arrived");
        }
        List<Handshake> flight = new ArrayList<>();
        if (certificateRequest.isPresent()) {
            List<CertificateEntry> entries = key.map(k -> k.chain().stream()
                    .map(c -> new CertificateEntry(c.encoded(), List.of())).toList()).orElse(List.of());
            flight.add(add(Handshake.of(new Certificate(Bytes.EMPTY, entries))));
            if (key.isPresent()) {
                List<SignatureScheme> offered = certificateRequest.get()
                        .extension(SignatureSchemeList.SIGNATURE_ALGORITHMS).orElseThrow().supportedSignatureAlgorithms();
                SchemeSelection.Choice choice = SchemeSelection.choose(List.of(key.get()), offered, offered).orElseThrow();
                flight.add(add(Handshake.of(OwnSignature.sign(crypto, choice, false, transcript.snapshot()))));
            }
        }
        flight.add(add(finished()));
        return flight;
    }

    /** The client's Finished over the transcript so far (not added). */
    Handshake finished() throws TlsException {
        return Handshake.of(new Finished(handshakeSecrets.clientHandshakeTrafficSecret().finishedKey()
                .verifyData(transcript.snapshot())));
    }

    private Handshake add(Handshake frame) {
        transcript.add(frame.encoded());
        return frame;
    }

    /** The PSK of {@code ticket} (RFC 8446 §4.6.1), once the client's Finished is in the transcript. */
    byte[] resumptionPsk(NewSessionTicket ticket) throws TlsException {
        if (resumption == null) {
            resumption = trafficSecrets.resumptionMasterSecret(transcript.snapshot());
        }
        return resumption.pskForTicket(ticket.ticketNonce()).copyBytes();
    }

    KeyScheduleHandshake handshakeSecrets() {
        return handshakeSecrets;
    }

    KeyScheduleTraffic trafficSecrets() {
        return trafficSecrets;
    }

    CipherSuite suite() {
        return suite;
    }
}
