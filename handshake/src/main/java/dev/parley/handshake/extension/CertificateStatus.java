package dev.parley.handshake.extension;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.codepoint.CertificateStatusType;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.Objects;

/**
 * CertificateStatus (RFC 6066 §8), the status_request extension of a TLS 1.3 CertificateEntry
 * (RFC 8446 §4.4.2.1): the stapled OCSP response for that certificate.
 *
 * <p>For ocsp the response is {@code opaque OCSPResponse<1..2^24-1>}, kept here as the DER the OCSP
 * module verifies. Other status types have no defined form, so their bytes are kept undecoded.
 *
 * @param statusType the status_type
 * @param response the OCSPResponse DER for ocsp; the undecoded remainder for other types
 */
public record CertificateStatus(CertificateStatusType statusType, Bytes response) {

    /** The wire form. */
    public static final Codec<CertificateStatus> CODEC = new Codec<>() {
        @Override
        public void encode(CertificateStatus value, WireWriter out) {
            CertificateStatusType.CODEC.encode(value.statusType, out);
            if (value.statusType.equals(CertificateStatusType.OCSP)) {
                out.opaque24(value.response);
            } else {
                out.bytes(value.response);
            }
        }

        @Override
        public CertificateStatus decode(WireReader in) throws DecodeFailure {
            CertificateStatusType type = CertificateStatusType.CODEC.decode(in);
            Bytes response = type.equals(CertificateStatusType.OCSP)
                    ? in.opaque24("OCSPResponse", 1, 0xFFFFFF)
                    : in.rest();
            return new CertificateStatus(type, response);
        }
    };

    /** The extension in a CertificateEntry. */
    public static final ExtensionCodec<CertificateStatus> EXTENSION =
            new ExtensionCodec<>(ExtensionType.STATUS_REQUEST, CODEC);

    public CertificateStatus {
        Objects.requireNonNull(statusType, "statusType");
        Objects.requireNonNull(response, "response");
    }

    /** A stapled OCSP response. */
    public static CertificateStatus ocsp(Bytes ocspResponse) {
        return new CertificateStatus(CertificateStatusType.OCSP, ocspResponse);
    }
}
