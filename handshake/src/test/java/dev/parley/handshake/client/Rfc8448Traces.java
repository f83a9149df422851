package dev.parley.handshake.client;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoException;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.KeyAgreementAlgorithm;
import dev.parley.crypto.KeyShare;
import dev.parley.crypto.RsaPrivateKey;
import dev.parley.handshake.CertifiedKey;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.PeerVerifier;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.handshake.keys.Rfc8448;
import dev.parley.handshake.message.ClientHello;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.Tls13Messages;
import dev.parley.record.TlsException;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.x509.Certificate;
import dev.parley.x509.X509Exception;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 8448 as the client tests need it: the messages and keys of each trace (through the shared
 * {@link Rfc8448} parser of the RFC text), the server's RSA key of §2, and a client configuration
 * whose lists are those of the RFC's client (NSS).
 */
final class Rfc8448Traces {

    static final String CLIENT_KEY_PAIR = "{client}  create an ephemeral x25519 key pair:";
    static final String CLIENT_P256_KEY_PAIR = "{client}  create an ephemeral P-256 key pair:";
    static final String CLIENT_HELLO = "{client}  construct a ClientHello handshake message:";
    static final String SERVER_HELLO = "{server}  construct a ServerHello handshake message:";
    static final String ENCRYPTED_EXTENSIONS = "{server}  construct an EncryptedExtensions handshake message:";
    static final String CERTIFICATE_REQUEST = "{server}  construct a CertificateRequest handshake message:";
    static final String CERTIFICATE = "{server}  construct a Certificate handshake message:";
    static final String CERTIFICATE_VERIFY = "{server}  construct a CertificateVerify handshake message:";
    static final String SERVER_FINISHED = "{server}  construct a Finished handshake message:";
    static final String CLIENT_CERTIFICATE = "{client}  construct a Certificate handshake message:";
    static final String CLIENT_CERTIFICATE_VERIFY = "{client}  construct a CertificateVerify handshake message:";
    static final String CLIENT_FINISHED = "{client}  construct a Finished handshake message:";
    static final String NEW_SESSION_TICKET = "{server}  construct a NewSessionTicket handshake message:";
    static final String SERVER_HANDSHAKE_KEYS = "{server}  derive write traffic keys for handshake data:";
    static final String SERVER_APPLICATION_KEYS = "{server}  derive write traffic keys for application data:";
    static final String CLIENT_HANDSHAKE_KEYS = "{server}  derive read traffic keys for handshake data:";
    static final String CLIENT_APPLICATION_KEYS = "{client}  derive write traffic keys for application data:";
    static final String RESUMPTION_PSK = "{server}  generate resumption secret \"tls13 resumption\":";

    /** The host name RFC 8448's client sends in server_name. */
    static final String SERVER_NAME = "server";

    private Rfc8448Traces() {
    }

    /** Section {@code number} of RFC 8448. */
    static Rfc8448.Section section(int number) {
        return Rfc8448.section(number);
    }

    /** The one message captioned {@code caption} in section {@code number}, header included. */
    static Bytes message(int number, String caption) {
        Rfc8448.Operation operation = section(number).operation(caption);
        String field = operation.fields().keySet().iterator().next();
        return operation.field(field);
    }

    /** The {@code index}-th (from 0) message captioned {@code caption} in section {@code number}. */
    static Bytes message(int number, String caption, int index) {
        Rfc8448.Operation operation = section(number).operation(caption, index);
        String field = operation.fields().keySet().iterator().next();
        return operation.field(field);
    }

    /** The handshake frame of {@code message}. */
    static Handshake frame(Bytes message) throws DecodeFailure {
        return Handshake.CODEC.decodeExactly(message.toByteArray(), "handshake message");
    }

    /** {@code message} decoded as a ClientHello. */
    static ClientHello clientHello(Bytes message) throws DecodeFailure {
        return (ClientHello) Tls13Messages.decode(frame(message));
    }

    /** The client's random: bytes 6..38 of its ClientHello message (RFC 8446 §4.1.2). */
    static Bytes clientRandom(Bytes clientHello) {
        return clientHello.slice(6, 38);
    }

    /** The key share of a private key the RFC prints under {@code caption} in section {@code number}. */
    static KeyShare keyShare(CryptoProvider crypto, int number, String caption, KeyAgreementAlgorithm algorithm)
            throws CryptoException {
        return crypto.keyAgreement(algorithm).fromPrivateKey(
                section(number).hex(caption, "private key").toByteArray());
    }

    /** The key and IV fields of a "derive ... traffic keys" operation. */
    static RecordingContext.ReadKeys keys(int number, String caption) {
        Rfc8448.Operation operation = section(number).operation(caption);
        return new RecordingContext.ReadKeys(operation.field("key expanded"), operation.field("iv expanded"));
    }

    /**
     * A client configuration with RFC 8448's lists: suites 1301, 1303, 1302; nine groups with an
     * X25519 share; the fifteen signature schemes NSS offered, DSA and SHA-1 ones included (Parley
     * knows no DSA, but may list what it is told); no GREASE, no status_request, and no middlebox
     * compatibility (§3 to §6 have an empty legacy_session_id).
     */
    static EngineConfig.Builder config(CryptoProvider crypto, PeerVerifier verifier) {
        return EngineConfig.builder()
                .crypto(crypto)
                .cipherSuites(List.of(CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.TLS_CHACHA20_POLY1305_SHA256,
                        CipherSuite.TLS_AES_256_GCM_SHA384))
                .groups(List.of(NamedGroup.X25519, NamedGroup.SECP256R1, NamedGroup.SECP384R1, NamedGroup.SECP521R1,
                        NamedGroup.FFDHE2048, NamedGroup.FFDHE3072, NamedGroup.FFDHE4096, NamedGroup.FFDHE6144,
                        NamedGroup.FFDHE8192))
                .keyShareGroups(List.of(NamedGroup.X25519))
                .signatureSchemes(schemes(0x0403, 0x0503, 0x0603, 0x0203, 0x0804, 0x0805, 0x0806, 0x0401, 0x0501,
                        0x0601, 0x0201, 0x0402, 0x0502, 0x0602, 0x0202))
                .grease(false)
                .middleboxCompatibility(false)
                .requestOcspStaple(false)
                .peerVerifier(verifier);
    }

    private static List<SignatureScheme> schemes(int... codes) {
        return java.util.Arrays.stream(codes).mapToObj(SignatureScheme::new).toList();
    }

    /** The leaf of the Certificate message {@code message} (one entry, no extensions, as in RFC 8448). */
    static Certificate leafOf(Bytes message) throws TlsException, X509Exception {
        dev.parley.handshake.message.Certificate certificate =
                (dev.parley.handshake.message.Certificate) Tls13Messages.decode(frame(message));
        return Certificate.parse(certificate.certificateList().get(0).certData());
    }

    /** RFC 8448 §3's server certificate ("CN=rsa") with the RSA private key of §2. */
    static CertifiedKey rsaCertifiedKey() throws TlsException, X509Exception {
        return new CertifiedKey(List.of(leafOf(message(3, CERTIFICATE))), rsaPrivateKey());
    }

    /** A verifier that accepts exactly the chain whose leaf is {@code pinned}. */
    static PeerVerifier pinning(Certificate pinned) {
        return (chain, context) -> {
            if (!chain.get(0).encoded().equals(pinned.encoded())) {
                throw new TlsException(TestFailure.NOT_PINNED, "not the pinned certificate: " + chain.get(0));
            }
        };
    }

    /** The RSA private key of RFC 8448 §2, read from the RFC text. */
    static RsaPrivateKey rsaPrivateKey() {
        Map<String, BigInteger> values = privateKeySection();
        return new RsaPrivateKey(values.get("modulus (public)"), values.get("public exponent"),
                values.get("private exponent"), values.get("prime1"), values.get("prime2"), values.get("exponent1"),
                values.get("exponent2"), values.get("coefficient"));
    }

    private static final Pattern LABEL = Pattern.compile("^   ([a-z0-9 ()]+):\\s+((?:[0-9a-f]{2} ?)+)$");
    private static final Pattern MORE = Pattern.compile("^      ((?:[0-9a-f]{2} ?)+)$");

    private static Map<String, BigInteger> privateKeySection() {
        String text;
        try (InputStream in = Rfc8448.class.getResourceAsStream("rfc8448.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new AssertionError("cannot read rfc8448.txt", e);
        }
        String section = text.substring(text.indexOf("\n2.  Private Keys"), text.indexOf("\n3.  Simple 1-RTT Handshake"));
        Map<String, StringBuilder> hex = new LinkedHashMap<>();
        StringBuilder current = null;
        for (String line : section.split("\n")) {
            Matcher m;
            if ((m = LABEL.matcher(line)).matches()) {
                current = new StringBuilder(m.group(2));
                hex.put(m.group(1), current);
            } else if (current != null && (m = MORE.matcher(line)).matches()) {
                current.append(' ').append(m.group(1));
            } else if (!line.isBlank() && !line.startsWith("Thomson") && !line.startsWith("RFC 8448")
                    && !line.startsWith("\f")) {
                current = null;
            }
        }
        Map<String, BigInteger> values = new LinkedHashMap<>();
        hex.forEach((label, digits) -> values.put(label, new BigInteger(1, Bytes.fromHex(digits.toString()).toByteArray())));
        if (values.size() != 8) {
            throw new AssertionError("RFC 8448 §2: expected the eight RSA key values, parsed " + values.keySet());
        }
        return values;
    }
}
