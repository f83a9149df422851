package dev.parley.handshake.message;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.ExtensionCodec;
import dev.parley.handshake.extension.Extensions;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * CertificateRequest in TLS 1.3 (RFC 8446 §4.3.2): the server asks the client for a certificate.
 * Its extensions say what it accepts (signature_algorithms is mandatory, certificate_authorities,
 * oid_filters and an empty status_request are optional), which the receiving state checks.
 *
 * @param certificateRequestContext {@code opaque certificate_request_context<0..2^8-1>}, echoed in the client's Certificate
 * @param extensions {@code Extension extensions<2..2^16-1>}, in the order sent
 */
public record CertificateRequest(Bytes certificateRequestContext, List<Extension> extensions)
        implements HandshakeMessage {

    private static final Extensions EXTENSIONS = Extensions.codec(2, 0xFFFF);

    /** The body's wire form. */
    public static final Codec<CertificateRequest> CODEC = new Codec<>() {
        @Override
        public void encode(CertificateRequest value, WireWriter out) {
            out.opaque8(value.certificateRequestContext);
            EXTENSIONS.encode(value.extensions, out);
        }

        @Override
        public CertificateRequest decode(WireReader in) throws DecodeFailure {
            Bytes context = in.opaque8("certificate_request_context", 0, 0xFF);
            return new CertificateRequest(context, EXTENSIONS.decode(in));
        }
    };

    public CertificateRequest {
        Objects.requireNonNull(certificateRequestContext, "certificateRequestContext");
        extensions = List.copyOf(extensions);
    }

    @Override
    public HandshakeType msgType() {
        return HandshakeType.CERTIFICATE_REQUEST;
    }

    @Override
    public void encodeBody(WireWriter out) {
        CODEC.encode(this, out);
    }

    /** Decodes the extension {@code codec} reads, if the request carries it. */
    public <T> Optional<T> extension(ExtensionCodec<T> codec) throws DecodeFailure {
        return codec.find(extensions);
    }
}
