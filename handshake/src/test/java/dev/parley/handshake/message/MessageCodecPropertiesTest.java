package dev.parley.handshake.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.record.wire.CodecProperties;
import dev.parley.record.wire.DecodeFailure;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The codec laws for every handshake message, checked on whole messages (the Handshake framing
 * around each body codec). A body alone cannot satisfy "every truncation fails": a TLS 1.2
 * ClientHello or ServerHello cut right after its compression field is itself a valid hello
 * without extensions (RFC 5246 §7.4.1.2), and a Finished body is only delimited by the framing.
 * Then every body codec, the framing and the dispatcher meet arbitrary bytes.
 */
class MessageCodecPropertiesTest {

    private static final int LAW_TRIES = 200;

    @Property(tries = LAW_TRIES)
    void clientHello(@ForAll("clientHellos") ClientHello value) {
        CodecProperties.assertCodecLaws(Handshake.framed(HandshakeType.CLIENT_HELLO, ClientHello.CODEC), value);
    }

    @Property(tries = LAW_TRIES)
    void serverHello(@ForAll("serverHellos") ServerHello value) {
        CodecProperties.assertCodecLaws(Handshake.framed(HandshakeType.SERVER_HELLO, ServerHello.CODEC), value);
    }

    @Property(tries = LAW_TRIES)
    void helloRetryRequest(@ForAll("helloRetryRequests") HelloRetryRequest value) {
        CodecProperties.assertCodecLaws(HelloRetryRequest.CODEC, value);
        CodecProperties.assertCodecLaws(Handshake.framed(HandshakeType.SERVER_HELLO, HelloRetryRequest.CODEC), value);
    }

    @Property(tries = LAW_TRIES)
    void encryptedExtensions(@ForAll("encryptedExtensions") EncryptedExtensions value) {
        CodecProperties.assertCodecLaws(EncryptedExtensions.CODEC, value);
        CodecProperties.assertCodecLaws(
                Handshake.framed(HandshakeType.ENCRYPTED_EXTENSIONS, EncryptedExtensions.CODEC), value);
    }

    @Property(tries = LAW_TRIES)
    void certificateRequest(@ForAll("certificateRequests") CertificateRequest value) {
        CodecProperties.assertCodecLaws(CertificateRequest.CODEC, value);
        CodecProperties.assertCodecLaws(
                Handshake.framed(HandshakeType.CERTIFICATE_REQUEST, CertificateRequest.CODEC), value);
    }

    @Property(tries = LAW_TRIES)
    void certificate(@ForAll("certificates") Certificate value) {
        CodecProperties.assertCodecLaws(Certificate.CODEC, value);
        CodecProperties.assertCodecLaws(Handshake.framed(HandshakeType.CERTIFICATE, Certificate.CODEC), value);
    }

    @Property(tries = LAW_TRIES)
    void certificateVerify(@ForAll("certificateVerifies") CertificateVerify value) {
        CodecProperties.assertCodecLaws(CertificateVerify.CODEC, value);
        CodecProperties.assertCodecLaws(
                Handshake.framed(HandshakeType.CERTIFICATE_VERIFY, CertificateVerify.CODEC), value);
    }

    @Property(tries = LAW_TRIES)
    void finished(@ForAll("hashes") byte[] verifyData) {
        Finished value = new Finished(Bytes.of(verifyData));
        CodecProperties.assertCodecLaws(Finished.codec(verifyData.length), value);
        CodecProperties.assertCodecLaws(Handshake.framed(HandshakeType.FINISHED, Finished.codec(verifyData.length)), value);
    }

    @Property(tries = LAW_TRIES)
    void newSessionTicket(@ForAll("newSessionTickets") NewSessionTicket value) {
        CodecProperties.assertCodecLaws(NewSessionTicket.CODEC, value);
        CodecProperties.assertCodecLaws(Handshake.framed(HandshakeType.NEW_SESSION_TICKET, NewSessionTicket.CODEC), value);
    }

    @Property(tries = LAW_TRIES)
    void keyUpdate(@ForAll("keyUpdates") KeyUpdate value) {
        CodecProperties.assertCodecLaws(KeyUpdate.CODEC, value);
        CodecProperties.assertCodecLaws(Handshake.framed(HandshakeType.KEY_UPDATE, KeyUpdate.CODEC), value);
    }

    @Property(tries = 10)
    void endOfEarlyData() {
        CodecProperties.assertCodecLaws(EndOfEarlyData.CODEC, EndOfEarlyData.INSTANCE);
        CodecProperties.assertCodecLaws(Handshake.framed(HandshakeType.END_OF_EARLY_DATA, EndOfEarlyData.CODEC),
                EndOfEarlyData.INSTANCE);
    }

    @Property(tries = LAW_TRIES)
    void messageHash(@ForAll("hashes") byte[] hash) {
        MessageHash value = new MessageHash(Bytes.of(hash));
        CodecProperties.assertCodecLaws(MessageHash.codec(hash.length), value);
        CodecProperties.assertCodecLaws(Handshake.framed(HandshakeType.MESSAGE_HASH, MessageHash.codec(hash.length)), value);
    }

    @Property(tries = LAW_TRIES)
    void handshakeFraming(@ForAll("frames") Handshake value) {
        CodecProperties.assertCodecLaws(Handshake.CODEC, value);
    }

    @Property(tries = 500)
    void everyBodyCodecDecodesArbitraryBytesCleanly(@ForAll @Size(max = 120) byte[] input) {
        CodecProperties.assertDecodesOrFailsCleanly(ClientHello.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(ServerHello.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(HelloRetryRequest.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(EncryptedExtensions.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(CertificateRequest.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(Certificate.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(CertificateEntry.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(CertificateVerify.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(Finished.codec(32), input);
        CodecProperties.assertDecodesOrFailsCleanly(NewSessionTicket.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(KeyUpdate.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(EndOfEarlyData.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(MessageHash.codec(32), input);
        CodecProperties.assertDecodesOrFailsCleanly(Handshake.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(Handshake.framed(HandshakeType.CLIENT_HELLO, ClientHello.CODEC), input);
        CodecProperties.assertDecodesOrFailsCleanly(Handshake.framed(HandshakeType.SERVER_HELLO, ServerHello.CODEC), input);
        CodecProperties.assertDecodesOrFailsCleanly(Handshake.framed(HandshakeType.FINISHED, Finished.codec(12)), input);
    }

    @Property
    void dispatcherDecodesArbitraryFramesCleanly(@ForAll("frames") Handshake frame) {
        for (boolean keysKnown : new boolean[] {false, true}) {
            try {
                HandshakeMessage message = keysKnown ? Tls13Messages.decode(frame, 32) : Tls13Messages.decode(frame);
                assertEquals(frame, Handshake.of(message),
                        "an accepted message must re-encode to the frame it came from");
            } catch (DecodeFailure expected) {
                // the only failure a decoder may produce
            }
        }
    }

    /** verify_data or a hash: 1 to 64 bytes (SHA-512's length). */
    @Provide
    Arbitrary<byte[]> hashes() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(64);
    }

    @Provide
    Arbitrary<ClientHello> clientHellos() {
        return MessageArbitraries.clientHellos();
    }

    @Provide
    Arbitrary<ServerHello> serverHellos() {
        return MessageArbitraries.serverHellos();
    }

    @Provide
    Arbitrary<HelloRetryRequest> helloRetryRequests() {
        return MessageArbitraries.helloRetryRequests();
    }

    @Provide
    Arbitrary<EncryptedExtensions> encryptedExtensions() {
        return MessageArbitraries.encryptedExtensions();
    }

    @Provide
    Arbitrary<CertificateRequest> certificateRequests() {
        return MessageArbitraries.certificateRequests();
    }

    @Provide
    Arbitrary<Certificate> certificates() {
        return MessageArbitraries.certificates();
    }

    @Provide
    Arbitrary<CertificateVerify> certificateVerifies() {
        return MessageArbitraries.certificateVerifies();
    }

    @Provide
    Arbitrary<NewSessionTicket> newSessionTickets() {
        return MessageArbitraries.newSessionTickets();
    }

    @Provide
    Arbitrary<KeyUpdate> keyUpdates() {
        return MessageArbitraries.keyUpdates();
    }

    @Provide
    Arbitrary<Handshake> frames() {
        return MessageArbitraries.frames();
    }
}
