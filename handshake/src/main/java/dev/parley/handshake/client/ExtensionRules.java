package dev.parley.handshake.client;

import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.extension.Extension;
import dev.parley.record.TlsException;
import java.util.List;
import java.util.Set;

/**
 * Which extensions may appear in which server message, after the table of RFC 8446 §4.2, and the
 * two rules a client applies:
 * <ul>
 *   <li>an answer to an extension we did not send is unsupported_extension (§4.2), GREASE
 *       types included (RFC 8701 §3.2), except the cookie of a HelloRetryRequest;</li>
 *   <li>a recognized extension in a message the table does not list it for is illegal_parameter
 *       (§4.2).</li>
 * </ul>
 * Messages the server sends unasked (CertificateRequest, NewSessionTicket) carry no answers, so
 * only the second rule applies there and unknown extensions are ignored (RFC 8446 §4.3.2, §4.6.1:
 * clients "MUST ignore unrecognized extensions").
 */
final class ExtensionRules {

    /** RFC 8446 §4.2: ServerHello ("SH"). */
    static final Set<ExtensionType> SERVER_HELLO = Set.of(
            ExtensionType.KEY_SHARE, ExtensionType.PRE_SHARED_KEY, ExtensionType.SUPPORTED_VERSIONS);

    /** RFC 8446 §4.2: HelloRetryRequest ("HRR"). */
    static final Set<ExtensionType> HELLO_RETRY_REQUEST = Set.of(
            ExtensionType.KEY_SHARE, ExtensionType.COOKIE, ExtensionType.SUPPORTED_VERSIONS);

    /** RFC 8446 §4.2 ("EE"), with record_size_limit (RFC 8449 §5) and QUIC's parameters (RFC 9001 §8.2). */
    static final Set<ExtensionType> ENCRYPTED_EXTENSIONS = Set.of(
            ExtensionType.SERVER_NAME, ExtensionType.MAX_FRAGMENT_LENGTH, ExtensionType.SUPPORTED_GROUPS,
            ExtensionType.USE_SRTP, ExtensionType.HEARTBEAT, ExtensionType.APPLICATION_LAYER_PROTOCOL_NEGOTIATION,
            ExtensionType.CLIENT_CERTIFICATE_TYPE, ExtensionType.SERVER_CERTIFICATE_TYPE, ExtensionType.EARLY_DATA,
            ExtensionType.RECORD_SIZE_LIMIT, ExtensionType.QUIC_TRANSPORT_PARAMETERS);

    /** RFC 8446 §4.2: a CertificateEntry of the Certificate message ("CT"). */
    static final Set<ExtensionType> CERTIFICATE_ENTRY = Set.of(
            ExtensionType.STATUS_REQUEST, ExtensionType.SIGNED_CERTIFICATE_TIMESTAMP);

    /** RFC 8446 §4.2: CertificateRequest ("CR"). */
    static final Set<ExtensionType> CERTIFICATE_REQUEST = Set.of(
            ExtensionType.STATUS_REQUEST, ExtensionType.SIGNATURE_ALGORITHMS,
            ExtensionType.SIGNED_CERTIFICATE_TIMESTAMP, ExtensionType.CERTIFICATE_AUTHORITIES,
            ExtensionType.OID_FILTERS, ExtensionType.SIGNATURE_ALGORITHMS_CERT);

    /** RFC 8446 §4.2: NewSessionTicket ("NST"). */
    static final Set<ExtensionType> NEW_SESSION_TICKET = Set.of(ExtensionType.EARLY_DATA);

    private ExtensionRules() {
    }

    /**
     * Checks the extensions of a message that answers our ClientHello.
     *
     * @param offered the types our ClientHello sent
     * @param allowed the types the §4.2 table lists for this message
     * @param unsolicited the types this message may carry unasked (the cookie of a HelloRetryRequest)
     */
    static void checkAnswers(List<Extension> received, Set<ExtensionType> offered, Set<ExtensionType> allowed,
                             Set<ExtensionType> unsolicited, String message) throws TlsException {
        for (Extension extension : received) {
            ExtensionType type = extension.extensionType();
            if (!offered.contains(type) && !unsolicited.contains(type)) {
                // RFC 8446 §4.2: an answer to an extension not sent is unsupported_extension.
                throw new TlsException(HandshakeFailure.EXTENSION_NOT_OFFERED,
                        "the " + message + " answers " + type + ", which we did not send");
            }
            if (!allowed.contains(type)) {
                // RFC 8446 §4.2: a recognized extension not specified for this message is illegal_parameter.
                throw new TlsException(HandshakeFailure.EXTENSION_NOT_ALLOWED,
                        type + " does not belong in a " + message);
            }
        }
    }

    /**
     * Checks the extensions of a message the server sends unasked: unknown types are ignored, a
     * recognized type the §4.2 table does not list for it is illegal_parameter.
     */
    static void checkUnasked(List<Extension> received, Set<ExtensionType> allowed, String message)
            throws TlsException {
        for (Extension extension : received) {
            ExtensionType type = extension.extensionType();
            if (type.registeredName().isPresent() && !allowed.contains(type)) {
                // RFC 8446 §4.2: a recognized extension not specified for this message is illegal_parameter.
                throw new TlsException(HandshakeFailure.EXTENSION_NOT_ALLOWED,
                        type + " does not belong in a " + message);
            }
        }
    }
}
