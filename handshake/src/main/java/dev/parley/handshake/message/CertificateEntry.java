package dev.parley.handshake.message;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.extension.CertificateStatus;
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
 * CertificateEntry (RFC 8446 §4.4.2): one certificate of a chain and its per-certificate
 * extensions, such as the stapled OCSP response (status_request, {@link CertificateStatus}) and
 * signed certificate timestamps (signed_certificate_timestamp, kept raw).
 *
 * <p>cert_data is a DER certificate, or a SubjectPublicKeyInfo when raw public keys were
 * negotiated (RFC 7250); both are {@code opaque <1..2^24-1>}, and the x509 module interprets them.
 *
 * @param certData {@code opaque cert_data<1..2^24-1>}
 * @param extensions {@code Extension extensions<0..2^16-1>}, in the order sent
 */
public record CertificateEntry(Bytes certData, List<Extension> extensions) {

    private static final Extensions EXTENSIONS = Extensions.codec(0, 0xFFFF);

    /** The wire form. */
    public static final Codec<CertificateEntry> CODEC = new Codec<>() {
        @Override
        public void encode(CertificateEntry value, WireWriter out) {
            out.opaque24(value.certData);
            EXTENSIONS.encode(value.extensions, out);
        }

        @Override
        public CertificateEntry decode(WireReader in) throws DecodeFailure {
            Bytes certData = in.opaque24("cert_data", 1, 0xFFFFFF);
            return new CertificateEntry(certData, EXTENSIONS.decode(in));
        }
    };

    public CertificateEntry {
        Objects.requireNonNull(certData, "certData");
        extensions = List.copyOf(extensions);
    }

    /** Decodes the extension {@code codec} reads, if the entry carries it. */
    public <T> Optional<T> extension(ExtensionCodec<T> codec) throws DecodeFailure {
        return codec.find(extensions);
    }

    /** The stapled status for this certificate, if the entry carries one. */
    public Optional<CertificateStatus> certificateStatus() throws DecodeFailure {
        return extension(CertificateStatus.EXTENSION);
    }
}
