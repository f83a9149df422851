package dev.parley.handshake.client;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoException;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.KeyShare;
import dev.parley.handshake.CertifiedKey;
import dev.parley.handshake.auth.OwnSignature;
import dev.parley.handshake.auth.SchemeSelection;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.handshake.extension.Cookie;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.KeyShareClientHello;
import dev.parley.handshake.extension.KeyShareEntry;
import dev.parley.handshake.extension.KeyShareHelloRetryRequest;
import dev.parley.handshake.extension.KeyShareServerHello;
import dev.parley.handshake.extension.PreSharedKeyServerHello;
import dev.parley.handshake.extension.SupportedVersionsServerHello;
import dev.parley.handshake.keys.FinishedKey;
import dev.parley.handshake.keys.KeyScheduleEarly;
import dev.parley.handshake.keys.KeyScheduleHandshake;
import dev.parley.handshake.keys.KeyScheduleTraffic;
import dev.parley.handshake.keys.ResumptionMasterSecret;
import dev.parley.handshake.keys.Secret;
import dev.parley.handshake.keys.TranscriptHash;
import dev.parley.handshake.message.Certificate;
import dev.parley.handshake.message.CertificateEntry;
import dev.parley.handshake.message.ClientHello;
import dev.parley.handshake.message.Finished;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.HandshakeMessage;
import dev.parley.handshake.message.HelloRetryRequest;
import dev.parley.handshake.message.NewSessionTicket;
import dev.parley.handshake.message.ServerHello;
import dev.parley.handshake.message.Tls13Messages;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.TlsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A scripted TLS 1.3 server for client tests: it makes whatever server messages a test asks for,
 * in whatever order, with a transcript and key schedule built from the keys package (itself
 * checked against RFC 8448), so a test can take the client through flights RFC 8448 does not
 * print (client authentication with our keys, accepted resumption, a cookie, ALPN, ...) and still
 * end in a Finished the client verifies.
 */
final class TestServer {

    private final CryptoProvider crypto;
    private final TranscriptHash transcript;
    private CipherSuite suite;
    private KeyScheduleHandshake keys;
    private KeyScheduleTraffic traffic;

    TestServer(CryptoProvider crypto) {
        this.crypto = crypto;
        this.transcript = TranscriptHash.start(crypto);
    }

    /** A HelloRetryRequest answering {@code clientHello}: {@code group} and {@code cookie}, each if present. */
    Bytes helloRetryRequest(Bytes clientHello, CipherSuite suite, Optional<NamedGroup> group, Optional<Bytes> cookie)
            throws TlsException {
        ClientHello hello = decodeHello(clientHello);
        transcript.add(clientHello);
        List<Extension> extensions = new ArrayList<>();
        extensions.add(SupportedVersionsServerHello.EXTENSION.toExtension(
                new SupportedVersionsServerHello(ProtocolVersion.TLS13)));
        group.ifPresent(g -> extensions.add(KeyShareHelloRetryRequest.EXTENSION.toExtension(
                new KeyShareHelloRetryRequest(g))));
        cookie.ifPresent(c -> extensions.add(Cookie.EXTENSION.toExtension(new Cookie(c))));
        HelloRetryRequest retry = new HelloRetryRequest(ProtocolVersion.TLS12, hello.legacySessionId(), suite, 0,
                extensions);
        Bytes framed = Handshake.of(retry).encoded();
        transcript.chooseHash(suite.hash().orElseThrow());
        transcript.replaceClientHelloWithMessageHash();
        transcript.add(framed);
        return framed;
    }

    /** A ServerHello answering {@code clientHello} with a share in {@code group} and no PSK. */
    Bytes serverHello(Bytes clientHello, CipherSuite suite, NamedGroup group) throws TlsException {
        return serverHello(clientHello, suite, group, Optional.empty());
    }

    /**
     * A ServerHello answering {@code clientHello} with a share in {@code group}, accepting
     * identity 0 with {@code psk} if given.
     */
    Bytes serverHello(Bytes clientHello, CipherSuite suite, NamedGroup group, Optional<byte[]> psk)
            throws TlsException {
        ClientHello hello = decodeHello(clientHello);
        KeyShareEntry clientShare = hello.extension(KeyShareClientHello.EXTENSION).orElseThrow()
                .shareFor(group).orElseThrow(() -> new AssertionError("the client sent no " + group + " share"));
        KeyShare ours = crypto.keyAgreement(group.keyAgreement().orElseThrow()).generate();
        Secret shared;
        try {
            shared = Secret.copyOf(ours.agree(clientShare.keyExchange().toByteArray()));
        } catch (CryptoException e) {
            throw new AssertionError(e);
        }
        List<Extension> extensions = new ArrayList<>();
        extensions.add(KeyShareServerHello.EXTENSION.toExtension(
                new KeyShareServerHello(new KeyShareEntry(group, Bytes.wrap(ours.publicShare())))));
        psk.ifPresent(p -> extensions.add(PreSharedKeyServerHello.EXTENSION.toExtension(new PreSharedKeyServerHello(0))));
        extensions.add(SupportedVersionsServerHello.EXTENSION.toExtension(
                new SupportedVersionsServerHello(ProtocolVersion.TLS13)));
        ServerHello serverHello = new ServerHello(ProtocolVersion.TLS12, Bytes.wrap(crypto.random().bytes(32)),
                hello.legacySessionId(), suite, 0, extensions);
        Bytes framed = Handshake.of(serverHello).encoded();
        HashAlgorithm hash = suite.hash().orElseThrow();
        this.suite = suite;
        transcript.add(clientHello);
        transcript.chooseHash(hash);
        transcript.add(framed);
        KeyScheduleEarly early = psk.isPresent()
                ? KeyScheduleEarly.withPsk(crypto, hash, Secret.copyOf(psk.get()))
                : KeyScheduleEarly.withoutPsk(crypto, hash);
        keys = early.handshake(shared, transcript.snapshot());
        return framed;
    }

    /** Any message, added to the server's transcript as sent. */
    Bytes send(HandshakeMessage message) {
        Bytes framed = Handshake.of(message).encoded();
        transcript.add(framed);
        return framed;
    }

    /** A Certificate carrying {@code key}'s chain. */
    Bytes certificate(CertifiedKey key) {
        List<CertificateEntry> entries = key.chain().stream()
                .map(certificate -> new CertificateEntry(certificate.encoded(), List.of())).toList();
        return send(new Certificate(Bytes.EMPTY, entries));
    }

    /** A CertificateVerify by {@code key} with {@code scheme} over the transcript so far. */
    Bytes certificateVerify(CertifiedKey key, SignatureScheme scheme) throws TlsException {
        return send(OwnSignature.sign(crypto, new SchemeSelection.Choice(key, scheme), true, transcript.snapshot()));
    }

    /** The server's Finished over the transcript so far. */
    Bytes finished() throws TlsException {
        FinishedKey key = keys.serverHandshakeTrafficSecret().finishedKey();
        Bytes framed = send(new Finished(key.verifyData(transcript.snapshot())));
        traffic = keys.traffic(transcript.snapshot());
        return framed;
    }

    /** The verify_data the client's Finished must carry now (before it is received). */
    Bytes expectedClientFinished() throws TlsException {
        return keys.clientHandshakeTrafficSecret().finishedKey().verifyData(transcript.snapshot());
    }

    /** A message from the client, added to the server's transcript. */
    void receive(Bytes clientMessage) {
        transcript.add(clientMessage);
    }

    /**
     * A NewSessionTicket, sent once the client's Finished was {@linkplain #receive received}, and
     * the PSK it stands for.
     */
    Ticket newSessionTicket(long lifetime, long ageAdd, Bytes nonce, Bytes ticket, List<Extension> extensions)
            throws TlsException {
        ResumptionMasterSecret resumption = traffic.resumptionMasterSecret(transcript.snapshot());
        byte[] psk = resumption.pskForTicket(nonce).copyBytes();
        Bytes framed = Handshake.of(new NewSessionTicket(lifetime, ageAdd, nonce, ticket, extensions)).encoded();
        return new Ticket(framed, psk);
    }

    /** A NewSessionTicket message and the PSK the server keeps for it. */
    record Ticket(Bytes message, byte[] psk) {
    }

    /** The suite of the ServerHello. */
    CipherSuite suite() {
        return suite;
    }

    /** The handshake secrets, once the ServerHello is made. */
    KeyScheduleHandshake handshakeKeys() {
        return keys;
    }

    /** The application secrets, once the server's Finished is made. */
    KeyScheduleTraffic trafficKeys() {
        return traffic;
    }

    private static ClientHello decodeHello(Bytes clientHello) throws TlsException {
        HandshakeMessage message = Tls13Messages.decode(
                Handshake.CODEC.decodeExactly(clientHello.toByteArray(), "ClientHello"));
        return (ClientHello) message;
    }
}
