package dev.parley.handshake.server;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.codepoint.PskKeyExchangeMode;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.ExtensionCodec;
import dev.parley.handshake.extension.KeyShareClientHello;
import dev.parley.handshake.extension.KeyShareEntry;
import dev.parley.handshake.extension.NamedGroupList;
import dev.parley.handshake.extension.PskKeyExchangeModes;
import dev.parley.handshake.extension.ServerNameList;
import dev.parley.handshake.extension.SignatureSchemeList;
import dev.parley.handshake.extension.SupportedVersionsClientHello;
import dev.parley.handshake.message.ClientHello;
import dev.parley.record.ProtocolVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds ClientHellos for tests, hostile ones included: it starts from a plausible TLS 1.3 hello
 * (TLS 1.3 only, the three suites, X25519 and P-256, a share for X25519 made by the
 * {@link TestClient}, common signature schemes, psk_dhe_ke) and lets a test replace, remove or add
 * any field or extension, in the order the test wants.
 */
final class ClientHelloBuilder {

    static final List<SignatureScheme> SCHEMES = List.of(SignatureScheme.ECDSA_SECP256R1_SHA256,
            SignatureScheme.RSA_PSS_RSAE_SHA256, SignatureScheme.ED25519);

    ProtocolVersion legacyVersion = ProtocolVersion.TLS12;
    Bytes random = Bytes.fromHex("11".repeat(32));
    Bytes sessionId = Bytes.EMPTY;
    List<CipherSuite> suites = List.of(CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.TLS_AES_256_GCM_SHA384,
            CipherSuite.TLS_CHACHA20_POLY1305_SHA256);
    Bytes compression = Bytes.of((byte) 0);
    private final List<Extension> extensions = new ArrayList<>();

    /** The default hello, its key share (for {@code shareGroups}) made by {@code client}. */
    ClientHelloBuilder(TestClient client, NamedGroup... shareGroups) {
        put(SupportedVersionsClientHello.EXTENSION, new SupportedVersionsClientHello(List.of(ProtocolVersion.TLS13)));
        put(NamedGroupList.EXTENSION, new NamedGroupList(List.of(NamedGroup.X25519, NamedGroup.SECP256R1)));
        List<KeyShareEntry> shares = new ArrayList<>();
        for (NamedGroup group : shareGroups.length == 0 ? new NamedGroup[] {NamedGroup.X25519} : shareGroups) {
            shares.add(client.share(group));
        }
        put(KeyShareClientHello.EXTENSION, new KeyShareClientHello(shares));
        put(SignatureSchemeList.SIGNATURE_ALGORITHMS, new SignatureSchemeList(SCHEMES));
        put(PskKeyExchangeModes.EXTENSION, new PskKeyExchangeModes(List.of(PskKeyExchangeMode.PSK_DHE_KE)));
    }

    /** Sets (replacing in place, or appending) the extension {@code codec} writes. */
    <T> ClientHelloBuilder put(ExtensionCodec<T> codec, T value) {
        return put(codec.toExtension(value));
    }

    /** Sets a raw extension, replacing one of its type in place or appending it. */
    ClientHelloBuilder put(Extension extension) {
        for (int i = 0; i < extensions.size(); i++) {
            if (extensions.get(i).extensionType().equals(extension.extensionType())) {
                extensions.set(i, extension);
                return this;
            }
        }
        extensions.add(extension);
        return this;
    }

    /** Appends {@code extension} even if one of its type is already there. */
    ClientHelloBuilder append(Extension extension) {
        extensions.add(extension);
        return this;
    }

    ClientHelloBuilder remove(ExtensionType type) {
        extensions.removeIf(extension -> extension.extensionType().equals(type));
        return this;
    }

    ClientHelloBuilder serverName(String name) {
        return put(ServerNameList.EXTENSION, ServerNameList.ofHostName(name));
    }

    ClientHelloBuilder groups(NamedGroup... groups) {
        return put(NamedGroupList.EXTENSION, new NamedGroupList(List.of(groups)));
    }

    ClientHelloBuilder schemes(SignatureScheme... schemes) {
        return put(SignatureSchemeList.SIGNATURE_ALGORITHMS, new SignatureSchemeList(List.of(schemes)));
    }

    ClientHelloBuilder suites(CipherSuite... suites) {
        this.suites = List.of(suites);
        return this;
    }

    ClientHello build() {
        return new ClientHello(legacyVersion, random, sessionId, suites, compression, extensions);
    }
}
