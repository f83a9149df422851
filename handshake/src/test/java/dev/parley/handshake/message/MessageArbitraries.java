package dev.parley.handshake.message;

import static dev.parley.handshake.extension.ExtensionArbitraries.bytes;
import static dev.parley.handshake.extension.ExtensionArbitraries.cipherSuites;
import static dev.parley.handshake.extension.ExtensionArbitraries.extensionBlocks;
import static dev.parley.handshake.extension.ExtensionArbitraries.protocolVersions;
import static dev.parley.handshake.extension.ExtensionArbitraries.signatureSchemes;

import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.codepoint.KeyUpdateRequest;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.ExtensionArbitraries;
import dev.parley.handshake.extension.OfferedPsks;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** jqwik generators of valid handshake messages, within the syntax rules the decoders enforce. */
final class MessageArbitraries {

    private MessageArbitraries() {
    }

    static Arbitrary<ClientHello> clientHellos() {
        Arbitrary<List<Extension>> extensions = Combinators.combine(extensionBlocks(0, 6),
                        Arbitraries.oneOf(Arbitraries.just(List.<Extension>of()),
                                ExtensionArbitraries.offeredPsks().map(psk -> List.of(OfferedPsks.EXTENSION.toExtension(psk)))))
                .as((others, psk) -> {
                    List<Extension> block = new ArrayList<>(others);
                    block.addAll(psk);
                    return block;
                });
        Arbitrary<ClientHello> withExtensions = Combinators.combine(protocolVersions(), bytes(32, 32), bytes(0, 32),
                        cipherSuites().list().ofMinSize(1).ofMaxSize(8), bytes(1, 3), extensions)
                .as(ClientHello::new);
        Arbitrary<ClientHello> withoutExtensions = Combinators.combine(protocolVersions(), bytes(32, 32), bytes(0, 32),
                        cipherSuites().list().ofMinSize(1).ofMaxSize(8), bytes(1, 3))
                .as((version, random, session, suites, compression) ->
                        new ClientHello(version, random, session, suites, compression, List.of(), false));
        return Arbitraries.frequencyOf(Tuple.of(4, withExtensions), Tuple.of(1, withoutExtensions));
    }

    static Arbitrary<ServerHello> serverHellos() {
        Arbitrary<ServerHello> withExtensions = Combinators.combine(protocolVersions(), bytes(32, 32), bytes(0, 32),
                        cipherSuites(), Arbitraries.integers().between(0, 255), extensionBlocks(0, 5))
                .as(ServerHello::new);
        Arbitrary<ServerHello> withoutExtensions = Combinators.combine(protocolVersions(), bytes(32, 32), bytes(0, 32),
                        cipherSuites(), Arbitraries.integers().between(0, 255))
                .as((version, random, session, suite, compression) ->
                        new ServerHello(version, random, session, suite, compression, List.of(), false));
        return Arbitraries.oneOf(withExtensions, withoutExtensions);
    }

    static Arbitrary<HelloRetryRequest> helloRetryRequests() {
        return Combinators.combine(protocolVersions(), bytes(0, 32), cipherSuites(),
                        Arbitraries.integers().between(0, 255),
                        extensionBlocks(1, 4).filter(block -> block.stream()
                                .mapToInt(e -> 4 + e.extensionData().length()).sum() >= 6))
                .as(HelloRetryRequest::new);
    }

    static Arbitrary<EncryptedExtensions> encryptedExtensions() {
        return extensionBlocks(0, 6).map(EncryptedExtensions::new);
    }

    static Arbitrary<CertificateRequest> certificateRequests() {
        return Combinators.combine(bytes(0, 16), extensionBlocks(1, 4)).as(CertificateRequest::new);
    }

    static Arbitrary<CertificateEntry> certificateEntries() {
        return Combinators.combine(bytes(1, 60), extensionBlocks(0, 2)).as(CertificateEntry::new);
    }

    static Arbitrary<Certificate> certificates() {
        return Combinators.combine(bytes(0, 8), certificateEntries().list().ofMaxSize(3)).as(Certificate::new);
    }

    static Arbitrary<CertificateVerify> certificateVerifies() {
        return Combinators.combine(signatureSchemes(), bytes(0, 80)).as(CertificateVerify::new);
    }

    static Arbitrary<Finished> finishedMessages(int length) {
        return bytes(length, length).map(Finished::new);
    }

    static Arbitrary<NewSessionTicket> newSessionTickets() {
        return Combinators.combine(Arbitraries.longs().between(0, 0xFFFFFFFFL), Arbitraries.longs().between(0, 0xFFFFFFFFL),
                        bytes(0, 8), bytes(1, 40), extensionBlocks(0, 3))
                .as(NewSessionTicket::new);
    }

    static Arbitrary<KeyUpdate> keyUpdates() {
        return Arbitraries.integers().between(0, 255).map(KeyUpdateRequest::new).map(KeyUpdate::new);
    }

    static Arbitrary<Handshake> frames() {
        return Combinators.combine(Arbitraries.integers().between(0, 255)
                        .map(HandshakeType::new), bytes(0, 40))
                .as(Handshake::new);
    }
}
