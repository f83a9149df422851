package dev.parley.handshake.message;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.crypto.Bytes;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.ExtensionCodec;
import dev.parley.handshake.extension.ExtensionCodecs;
import dev.parley.record.wire.DecodeFailure;
import java.util.List;
import java.util.Optional;

/**
 * Jazzer targets for everything a peer's handshake bytes reach: the reassembler, the message
 * decoders and every typed extension codec. They run their seed corpus (the RFC 8448 messages) in
 * regression mode with every {@code mvn verify}; {@code JAZZER_FUZZ=1} makes a fuzzing campaign.
 *
 * <p>A finding is any exception other than {@link DecodeFailure}, or an accepted input that does
 * not re-encode to exactly the bytes it came from.
 */
class HandshakeFuzzTest {

    /**
     * The first byte is the record size the stream is cut into (0: one record); the rest is a
     * stream of handshake messages. Each message is decoded as before and after keys are known,
     * and each extension it carries through every typed codec of its type.
     */
    @FuzzTest
    void reassembledMessagesDecodeCleanly(byte[] input) {
        if (input.length == 0) {
            return;
        }
        int recordSize = input[0] == 0 ? input.length : input[0] & 0xFF;
        HandshakeReassembler reassembler = new HandshakeReassembler();
        try {
            for (int at = 1; at < input.length; at += recordSize) {
                reassembler.feed(Bytes.of(input, at, Math.min(recordSize, input.length - at)));
                for (Optional<Handshake> frame = reassembler.next(); frame.isPresent(); frame = reassembler.next()) {
                    decodeEveryWay(frame.get());
                }
            }
        } catch (DecodeFailure expected) {
            // the only failure a decoder may produce
        }
    }

    /**
     * The first byte picks a typed extension codec; the rest is the extension_data it decodes.
     */
    @FuzzTest
    void extensionBodiesDecodeCleanly(byte[] input) {
        if (input.length == 0) {
            return;
        }
        ExtensionCodec<?> codec = ExtensionCodecs.ALL.get((input[0] & 0xFF) % ExtensionCodecs.ALL.size());
        decodeTyped(codec, new Extension(codec.extensionType(), Bytes.of(input, 1, input.length - 1)));
    }

    private static void decodeEveryWay(Handshake frame) {
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                HandshakeMessage message = attempt == 0 ? Tls13Messages.decode(frame) : Tls13Messages.decode(frame, 32);
                requireSame(frame, Handshake.of(message));
                extensionsOf(message).forEach(HandshakeFuzzTest::decodeWithEveryCodec);
            } catch (DecodeFailure expected) {
                // the only failure a decoder may produce
            }
        }
    }

    private static List<Extension> extensionsOf(HandshakeMessage message) {
        if (message instanceof ClientHello hello) {
            return hello.extensions();
        } else if (message instanceof ServerHello hello) {
            return hello.extensions();
        } else if (message instanceof HelloRetryRequest retry) {
            return retry.extensions();
        } else if (message instanceof EncryptedExtensions ee) {
            return ee.extensions();
        } else if (message instanceof CertificateRequest request) {
            return request.extensions();
        } else if (message instanceof NewSessionTicket ticket) {
            return ticket.extensions();
        } else if (message instanceof Certificate certificate) {
            return certificate.certificateList().stream().flatMap(entry -> entry.extensions().stream()).toList();
        }
        return List.of();
    }

    private static void decodeWithEveryCodec(Extension extension) {
        for (ExtensionCodec<?> codec : ExtensionCodecs.ALL) {
            if (codec.extensionType().equals(extension.extensionType())) {
                decodeTyped(codec, extension);
            }
        }
    }

    private static <T> void decodeTyped(ExtensionCodec<T> codec, Extension extension) {
        try {
            T value = codec.decode(extension);
            requireSame(extension, codec.toExtension(value));
        } catch (DecodeFailure expected) {
            // the only failure a decoder may produce
        }
    }

    private static void requireSame(Object received, Object reencoded) {
        if (!received.equals(reencoded)) {
            throw new IllegalStateException("accepted " + received + " but re-encoded it as " + reencoded);
        }
    }
}
