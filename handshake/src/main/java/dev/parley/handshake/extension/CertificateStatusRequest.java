package dev.parley.handshake.extension;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.codepoint.CertificateStatusType;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.Objects;
import java.util.Optional;

/**
 * status_request in a ClientHello (RFC 6066 §8): the client asks for a stapled OCSP response.
 *
 * <p>The request's form depends on status_type, and only ocsp is defined, with no length of its
 * own; so the request is kept as the bytes after status_type, which for ocsp must be exactly one
 * {@link OcspStatusRequest}. Other types keep their bytes undecoded. In a CertificateRequest the
 * extension is empty ({@link Empty#STATUS_REQUEST}); the server's answer travels in the
 * CertificateEntry as a {@link CertificateStatus}.
 *
 * @param statusType the status_type
 * @param request the encoded request that follows it
 */
public record CertificateStatusRequest(CertificateStatusType statusType, Bytes request) {

    /** The wire form: status_type, then the request up to the end of the extension. */
    public static final Codec<CertificateStatusRequest> CODEC = new Codec<>() {
        @Override
        public void encode(CertificateStatusRequest value, WireWriter out) {
            CertificateStatusType.CODEC.encode(value.statusType, out);
            out.bytes(value.request);
        }

        @Override
        public CertificateStatusRequest decode(WireReader in) throws DecodeFailure {
            CertificateStatusType type = CertificateStatusType.CODEC.decode(in);
            Bytes request = in.rest();
            if (type.equals(CertificateStatusType.OCSP)) {
                // RFC 6066 §8: for ocsp, the request is an OCSPStatusRequest and nothing more.
                OcspStatusRequest.CODEC.decodeExactly(request.toByteArray(), "OCSPStatusRequest");
            }
            return new CertificateStatusRequest(type, request);
        }
    };

    /** The extension in a ClientHello. */
    public static final ExtensionCodec<CertificateStatusRequest> EXTENSION =
            new ExtensionCodec<>(ExtensionType.STATUS_REQUEST, CODEC);

    public CertificateStatusRequest {
        Objects.requireNonNull(statusType, "statusType");
        Objects.requireNonNull(request, "request");
    }

    /** An ocsp request. */
    public static CertificateStatusRequest ocsp(OcspStatusRequest request) {
        return new CertificateStatusRequest(CertificateStatusType.OCSP, Bytes.wrap(OcspStatusRequest.CODEC.encode(request)));
    }

    /** The OCSP request, if status_type is ocsp. */
    public Optional<OcspStatusRequest> ocspStatusRequest() throws DecodeFailure {
        if (!statusType.equals(CertificateStatusType.OCSP)) {
            return Optional.empty();
        }
        return Optional.of(OcspStatusRequest.CODEC.decodeExactly(request.toByteArray(), "OCSPStatusRequest"));
    }
}
