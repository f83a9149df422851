package dev.parley.handshake.message;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.Objects;

/**
 * CertificateVerify (RFC 8446 §4.4.3): a signature over the transcript with the key of the
 * certificate just sent. The receiving state checks the scheme was offered and verifies it.
 *
 * @param algorithm the signature scheme used
 * @param signature {@code opaque signature<0..2^16-1>}
 */
public record CertificateVerify(SignatureScheme algorithm, Bytes signature) implements HandshakeMessage {

    /** The body's wire form. */
    public static final Codec<CertificateVerify> CODEC = new Codec<>() {
        @Override
        public void encode(CertificateVerify value, WireWriter out) {
            SignatureScheme.CODEC.encode(value.algorithm, out);
            out.opaque16(value.signature);
        }

        @Override
        public CertificateVerify decode(WireReader in) throws DecodeFailure {
            SignatureScheme algorithm = SignatureScheme.CODEC.decode(in);
            return new CertificateVerify(algorithm, in.opaque16("signature", 0, 0xFFFF));
        }
    };

    public CertificateVerify {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(signature, "signature");
    }

    @Override
    public HandshakeType msgType() {
        return HandshakeType.CERTIFICATE_VERIFY;
    }

    @Override
    public void encodeBody(WireWriter out) {
        CODEC.encode(this, out);
    }
}
