package dev.parley.handshake.auth;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoException;
import dev.parley.crypto.CryptoProvider;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.handshake.message.CertificateVerify;
import dev.parley.record.TlsException;

/** Makes our CertificateVerify (RFC 8446 §4.4.3) with a key and scheme already chosen. */
public final class OwnSignature {

    private OwnSignature() {
    }

    /**
     * Signs the transcript hash as the server ({@code server} true) or the client.
     *
     * @throws TlsException internal_error if the key cannot make the scheme (a configuration
     *         problem, since {@link SchemeSelection} only picks fitting schemes)
     */
    public static CertificateVerify sign(CryptoProvider crypto, SchemeSelection.Choice choice, boolean server,
                                         Bytes transcriptHash) throws TlsException {
        SignatureScheme scheme = choice.scheme();
        byte[] content = CertificateVerifyContent.of(server, transcriptHash);
        try {
            byte[] signature = crypto.signer(scheme.signatureAlgorithm().orElseThrow(), choice.key().privateKey())
                    .sign(content);
            return new CertificateVerify(scheme, Bytes.wrap(signature));
        } catch (CryptoException e) {
            throw new TlsException(HandshakeFailure.OWN_KEY_UNUSABLE,
                    "our private key cannot sign " + scheme + ": " + e.getMessage());
        }
    }
}
