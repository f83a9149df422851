package dev.parley.handshake.engine;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.KeyLog;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.keys.TrafficKeys;
import dev.parley.handshake.keys.TrafficSecret;
import dev.parley.handshake.message.ClientHello;
import dev.parley.handshake.message.Handshake;
import dev.parley.record.TlsException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The engine's side of a {@link KeyLog}: it remembers the ClientHello's random (sent by a client,
 * received by a server) and hands each generation-0 traffic secret to the log as its keys are
 * installed, under the NSS key log label for it.
 */
final class SecretLog {

    /** random follows msg_type (1), length (3) and legacy_version (2) in a framed ClientHello. */
    private static final int RANDOM_OFFSET_IN_FRAME = Handshake.HEADER_LENGTH + 2;

    private final Optional<KeyLog> log;
    private Bytes clientRandom;

    SecretLog(Optional<KeyLog> log) {
        this.log = log;
    }

    /** A framed handshake message we sent. */
    void sent(Bytes framed) {
        if (log.isPresent() && clientRandom == null && framed.length() >= RANDOM_OFFSET_IN_FRAME + ClientHello.RANDOM_LENGTH
                && framed.getUnsigned(0) == HandshakeType.CLIENT_HELLO.code()) {
            clientRandom = framed.slice(RANDOM_OFFSET_IN_FRAME, RANDOM_OFFSET_IN_FRAME + ClientHello.RANDOM_LENGTH);
        }
    }

    /** A handshake message we received. */
    void received(Handshake message) {
        Bytes body = message.body();
        if (log.isPresent() && clientRandom == null && message.msgType().equals(HandshakeType.CLIENT_HELLO)
                && body.length() >= 2 + ClientHello.RANDOM_LENGTH) {
            clientRandom = body.slice(2, 2 + ClientHello.RANDOM_LENGTH);
        }
    }

    /** Keys about to be installed: their secret goes to the log. */
    void installing(TrafficKeys keys) {
        if (log.isEmpty() || clientRandom == null) {
            return;
        }
        Optional<TrafficSecret> source = keys.source();
        if (source.isEmpty() || source.get().generation() != 0) {
            return;
        }
        byte[] secret;
        try {
            secret = source.get().secret().copyBytes();
        } catch (TlsException destroyed) {
            return;
        }
        try {
            log.get().log(label(source.get().kind()), clientRandom, secret);
        } catch (RuntimeException brokenLog) {
            // A key log is a debugging aid; its failure must not fail the connection.
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** The NSS key log label of each TLS 1.3 traffic secret (draft-ietf-tls-keylogfile §3). */
    static String label(TrafficSecret.Kind kind) {
        return switch (kind) {
            case CLIENT_EARLY -> "CLIENT_EARLY_TRAFFIC_SECRET";
            case CLIENT_HANDSHAKE -> "CLIENT_HANDSHAKE_TRAFFIC_SECRET";
            case SERVER_HANDSHAKE -> "SERVER_HANDSHAKE_TRAFFIC_SECRET";
            case CLIENT_APPLICATION -> "CLIENT_TRAFFIC_SECRET_0";
            case SERVER_APPLICATION -> "SERVER_TRAFFIC_SECRET_0";
        };
    }
}
