package dev.parley.handshake.extension;

import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.List;

/**
 * The body of signature_algorithms and signature_algorithms_cert (RFC 8446 §4.2.3):
 * {@code SignatureScheme supported_signature_algorithms<2..2^16-2>}, in the sender's order of
 * preference.
 *
 * @param supportedSignatureAlgorithms the schemes, GREASE and unknown ones included
 */
public record SignatureSchemeList(List<SignatureScheme> supportedSignatureAlgorithms) {

    private static final VectorCodec<SignatureScheme> LIST =
            VectorCodec.u16("supported_signature_algorithms", 2, 0xFFFE, SignatureScheme.CODEC);

    /** The wire form. */
    public static final Codec<SignatureSchemeList> CODEC = new Codec<>() {
        @Override
        public void encode(SignatureSchemeList value, WireWriter out) {
            LIST.encode(value.supportedSignatureAlgorithms, out);
        }

        @Override
        public SignatureSchemeList decode(WireReader in) throws DecodeFailure {
            return new SignatureSchemeList(LIST.decode(in));
        }
    };

    /** signature_algorithms: schemes for CertificateVerify, and for certificates unless ..._cert is sent. */
    public static final ExtensionCodec<SignatureSchemeList> SIGNATURE_ALGORITHMS =
            new ExtensionCodec<>(ExtensionType.SIGNATURE_ALGORITHMS, CODEC);

    /** signature_algorithms_cert: schemes for signatures in certificates (RFC 8446 §4.2.3). */
    public static final ExtensionCodec<SignatureSchemeList> SIGNATURE_ALGORITHMS_CERT =
            new ExtensionCodec<>(ExtensionType.SIGNATURE_ALGORITHMS_CERT, CODEC);

    public SignatureSchemeList {
        supportedSignatureAlgorithms = List.copyOf(supportedSignatureAlgorithms);
    }
}
