/**
 * TLS extensions (RFC 8446 §4.2 and the RFCs that define each extension): the raw
 * {@link dev.parley.handshake.extension.Extension} every message carries, the extension-block codec
 * that rejects duplicates, and a typed value with a codec for each extension body.
 *
 * <p>Where an extension's body differs by message, each form has its own type and its own
 * {@link dev.parley.handshake.extension.ExtensionCodec} constant (key_share:
 * {@code KeyShareClientHello}, {@code KeyShareServerHello}, {@code KeyShareHelloRetryRequest};
 * supported_versions; pre_shared_key: {@code OfferedPsks}, {@code PreSharedKeyServerHello};
 * early_data; status_request). A receiving state picks the one that fits the message it holds:
 *
 * <pre>{@code
 * Optional<KeyShareClientHello> shares = KeyShareClientHello.EXTENSION.find(clientHello.extensions());
 * }</pre>
 *
 * <p>Decoders enforce syntax: vector bounds, exact lengths, duplicates, the few value rules an RFC
 * attaches to the encoding (record_size_limit of at least 64, a HostName in ASCII without a trailing
 * dot, zero padding). Whether an extension may appear in a message at all is the receiving state's
 * decision.
 */
package dev.parley.handshake.extension;
