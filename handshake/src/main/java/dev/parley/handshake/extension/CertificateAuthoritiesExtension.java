package dev.parley.handshake.extension;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.List;

/**
 * The certificate_authorities extension (RFC 8446 §4.2.4): the distinguished names of the trust
 * anchors the sender accepts, {@code DistinguishedName authorities<3..2^16-1>} with
 * {@code opaque DistinguishedName<1..2^16-1>} (DER, interpreted by the x509 module).
 *
 * @param authorities the DER-encoded names
 */
public record CertificateAuthoritiesExtension(List<Bytes> authorities) {

    private static final VectorCodec<Bytes> LIST = VectorCodec.u16("authorities", 3, 0xFFFF,
            OpaqueCodec.u16("DistinguishedName", 1, 0xFFFF));

    /** The wire form. */
    public static final Codec<CertificateAuthoritiesExtension> CODEC = new Codec<>() {
        @Override
        public void encode(CertificateAuthoritiesExtension value, WireWriter out) {
            LIST.encode(value.authorities, out);
        }

        @Override
        public CertificateAuthoritiesExtension decode(WireReader in) throws DecodeFailure {
            return new CertificateAuthoritiesExtension(LIST.decode(in));
        }
    };

    /** The extension in a ClientHello or CertificateRequest. */
    public static final ExtensionCodec<CertificateAuthoritiesExtension> EXTENSION =
            new ExtensionCodec<>(ExtensionType.CERTIFICATE_AUTHORITIES, CODEC);

    public CertificateAuthoritiesExtension {
        authorities = List.copyOf(authorities);
    }
}
