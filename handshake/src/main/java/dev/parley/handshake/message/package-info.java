/**
 * TLS 1.3 handshake messages (RFC 8446 §4): one record per message with its body codec beside it,
 * the {@link dev.parley.handshake.message.Handshake} framing, and the
 * {@link dev.parley.handshake.message.HandshakeReassembler} that cuts handshake records into
 * messages.
 *
 * <p>How a received message travels:
 *
 * <pre>{@code
 * reassembler.feed(recordContent);                       // one handshake record's plaintext
 * Optional<Handshake> frame = reassembler.next();        // one whole message, body exactly as received
 * transcript.update(frame.get().encoded());              // the transcript hashes the received bytes
 * HandshakeMessage message = Tls13Messages.decode(frame.get(), hash.outputLength());
 * if (message instanceof EncryptedExtensions ee) { ... }
 * }</pre>
 *
 * <p>Decoders enforce syntax only (vector bounds, exact lengths, trailing bytes, duplicate
 * extensions, pre_shared_key last) and throw only {@link dev.parley.record.wire.DecodeFailure}.
 * Whether a message or an extension is allowed where it arrived is the receiving state's business.
 * Records check only for null, so tests and fuzzers can build and encode hostile messages.
 */
package dev.parley.handshake.message;
