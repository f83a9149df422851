package dev.parley.handshake.client;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.SupportedVersionsServerHello;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.TlsException;
import java.util.List;
import java.util.Optional;

/**
 * The checks a ServerHello and a HelloRetryRequest share (RFC 8446 §4.1.3, §4.1.4, §4.2.1): the
 * version, the session id echo, the cipher suite and the compression method.
 */
final class HelloChecks {

    /** RFC 8446 §4.1.3: the last 8 bytes of a TLS 1.3 server's random when it negotiates TLS 1.2. */
    static final Bytes DOWNGRADE_TLS12 = Bytes.fromHex("44 4F 57 4E 47 52 44 01");
    /** RFC 8446 §4.1.3: the last 8 bytes of a TLS 1.3 server's random when it negotiates TLS 1.1 or older. */
    static final Bytes DOWNGRADE_TLS11 = Bytes.fromHex("44 4F 57 4E 47 52 44 00");

    private HelloChecks() {
    }

    /**
     * For a ServerHello without supported_versions, which selects TLS 1.2 or older: the downgrade
     * sentinels first, since we offered TLS 1.3, then the refusal of an old version.
     */
    static TlsException oldVersion(ProtocolVersion legacyVersion, Bytes random) {
        Bytes tail = random.slice(random.length() - DOWNGRADE_TLS12.length(), random.length());
        if (tail.equals(DOWNGRADE_TLS12) || tail.equals(DOWNGRADE_TLS11)) {
            // RFC 8446 §4.1.3: a client offering TLS 1.3 must refuse a downgrade sentinel.
            return new TlsException(HandshakeFailure.DOWNGRADE_DETECTED,
                    "the server selected " + legacyVersion + " with the TLS 1.3 downgrade sentinel in its random");
        }
        // RFC 5246 §E.1: a version the client does not support earns protocol_version.
        return new TlsException(HandshakeFailure.SERVER_SELECTED_OLD_VERSION,
                "the server selected " + legacyVersion + " (no supported_versions); Parley speaks only TLS 1.3 yet");
    }

    /** Checks legacy_version and the version supported_versions selects (RFC 8446 §4.1.3, §4.2.1). */
    static void version(ProtocolVersion legacyVersion, SupportedVersionsServerHello selected, Offered offered,
                        String message) throws TlsException {
        if (!legacyVersion.equals(ProtocolVersion.TLS12)) {
            // RFC 8446 §4.1.3: legacy_version is 0x0303 in TLS 1.3.
            throw new TlsException(HandshakeFailure.ILLEGAL_SELECTED_VERSION,
                    "the " + message + " has legacy_version " + legacyVersion + ", not 0x0303");
        }
        ProtocolVersion version = selected.selectedVersion();
        if (!version.equals(ProtocolVersion.TLS13) || !offered.versions().contains(version)) {
            // RFC 8446 §4.2.1: a version not offered, or below TLS 1.3, is illegal_parameter.
            throw new TlsException(HandshakeFailure.ILLEGAL_SELECTED_VERSION,
                    "the " + message + " selects " + version + " in supported_versions; we offered "
                            + offered.versions());
        }
    }

    /** The supported_versions of a hello, if it has one. */
    static Optional<SupportedVersionsServerHello> supportedVersions(List<Extension> extensions) throws TlsException {
        return SupportedVersionsServerHello.EXTENSION.find(extensions);
    }

    /** Checks the echo of our legacy_session_id (RFC 8446 §4.1.3). */
    static void sessionIdEcho(Bytes echo, Offered offered, String message) throws TlsException {
        if (!echo.equals(offered.legacySessionId())) {
            // RFC 8446 §4.1.3: an echo that does not match is illegal_parameter.
            throw new TlsException(HandshakeFailure.SESSION_ID_ECHO_MISMATCH,
                    "the " + message + " echoes a session id of " + echo.length() + " bytes that we did not send");
        }
    }

    /** Checks that the suite is one we offered (RFC 8446 §4.1.3); GREASE suites never are. */
    static void cipherSuite(CipherSuite suite, Offered offered, String message) throws TlsException {
        if (!offered.cipherSuites().contains(suite)) {
            // RFC 8446 §4.1.3: a cipher suite not offered is illegal_parameter.
            throw new TlsException(HandshakeFailure.CIPHER_SUITE_NOT_OFFERED,
                    "the " + message + " selects " + suite + ", which we did not offer");
        }
    }

    /** Checks legacy_compression_method (RFC 8446 §4.1.3: it is 0). */
    static void compression(int method, String message) throws TlsException {
        if (method != 0) {
            throw new TlsException(HandshakeFailure.COMPRESSION_METHOD_NOT_NULL,
                    "the " + message + " selects compression method " + method + "; TLS 1.3 has only 0");
        }
    }
}
