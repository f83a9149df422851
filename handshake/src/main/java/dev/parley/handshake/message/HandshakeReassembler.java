package dev.parley.handshake.message;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.record.TlsException;
import dev.parley.record.wire.DecodeFailure;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the content of handshake records into whole handshake messages (RFC 8446 §5.1): several
 * messages may share one record, and one message may span several records.
 *
 * <p>The engine {@link #feed}s each handshake record's content and takes messages with
 * {@link #next()} one at a time, so it can act on each (install new keys, say) before reading the
 * next. After a message that changes keys it calls {@link #requireRecordBoundary()}: RFC 8446 §5.1
 * forbids a message to span a key change, so any byte still buffered then is unexpected_message.
 *
 * <p>Bounded: a message whose declared length exceeds the maximum is rejected as soon as its
 * four-byte header has arrived, before anything is allocated for it, and the buffer only ever holds
 * bytes that actually arrived. The default maximum, {@value #DEFAULT_MAX_MESSAGE_LENGTH} bytes of
 * body, covers every TLS 1.3 message whose vector bounds keep it small (a ClientHello's extension
 * block is at most 2^16-1 bytes, its cipher suites another 2^16-2) and certificate chains up to
 * 128 KiB, above OpenSSL's default limit of 100 KiB for a peer's chain.
 */
public final class HandshakeReassembler {

    /** The default largest message body accepted: 2^17 bytes. */
    public static final int DEFAULT_MAX_MESSAGE_LENGTH = 1 << 17;

    private final int maxMessageLength;
    private byte[] buffer = new byte[0];
    private int start;
    private int end;

    /** A reassembler with the default maximum message length. */
    public HandshakeReassembler() {
        this(DEFAULT_MAX_MESSAGE_LENGTH);
    }

    /** A reassembler that rejects messages whose body is longer than {@code maxMessageLength}. */
    public HandshakeReassembler(int maxMessageLength) {
        if (maxMessageLength < 0 || maxMessageLength > Handshake.MAX_BODY_LENGTH) {
            throw new IllegalArgumentException("maxMessageLength out of range: " + maxMessageLength);
        }
        this.maxMessageLength = maxMessageLength;
    }

    /**
     * Appends the content of one handshake record. Fails if any buffered message declares a body
     * longer than the maximum; nothing is kept from a failed call.
     */
    public void feed(Bytes fragment) throws DecodeFailure {
        Objects.requireNonNull(fragment, "fragment");
        checkDeclaredLengths(fragment);
        append(fragment);
    }

    /** The next complete message, if one is buffered; its bytes leave the buffer. */
    public Optional<Handshake> next() {
        if (end - start < Handshake.HEADER_LENGTH) {
            return Optional.empty();
        }
        int length = declaredLength(start);
        if (end - start - Handshake.HEADER_LENGTH < length) {
            return Optional.empty();
        }
        HandshakeType type = new HandshakeType(buffer[start] & 0xFF);
        Bytes body = Bytes.of(buffer, start + Handshake.HEADER_LENGTH, length);
        start += Handshake.HEADER_LENGTH + length;
        if (start == end) {
            start = 0;
            end = 0;
        }
        return Optional.of(new Handshake(type, body));
    }

    /** Whether nothing is buffered: no complete message waiting and no part of one. */
    public boolean isEmpty() {
        return start == end;
    }

    /** Whether the buffered bytes end in an incomplete message. */
    public boolean hasPartialMessage() {
        int at = start;
        while (end - at >= Handshake.HEADER_LENGTH) {
            int next = at + Handshake.HEADER_LENGTH + declaredLength(at);
            if (next > end) {
                return true;
            }
            at = next;
        }
        return at != end;
    }

    /**
     * Fails unless nothing is buffered; called when the keys change. RFC 8446 §5.1: messages before
     * a key change must end on a record boundary, and none may span it.
     */
    public void requireRecordBoundary() throws TlsException {
        if (!isEmpty()) {
            throw new TlsException(HandshakeFailure.MESSAGE_SPANS_KEY_CHANGE,
                    (end - start) + " handshake byte(s) buffered across a key change");
        }
    }

    private void checkDeclaredLengths(Bytes fragment) throws DecodeFailure {
        // Walk the headers of the buffered bytes followed by the fragment, without copying.
        long available = (long) end - start + fragment.length();
        long at = 0;
        while (available - at >= Handshake.HEADER_LENGTH) {
            int length = (byteAt(at + 1, fragment) << 16) | (byteAt(at + 2, fragment) << 8) | byteAt(at + 3, fragment);
            if (length > maxMessageLength) {
                throw new DecodeFailure(HandshakeFailure.HANDSHAKE_MESSAGE_TOO_LARGE,
                        new HandshakeType(byteAt(at, fragment)) + " declares " + length
                                + " bytes, more than the maximum of " + maxMessageLength);
            }
            at += Handshake.HEADER_LENGTH + length;
        }
    }

    private int byteAt(long offset, Bytes fragment) {
        long buffered = end - start;
        return offset < buffered ? buffer[start + (int) offset] & 0xFF : fragment.getUnsigned((int) (offset - buffered));
    }

    private int declaredLength(int at) {
        return ((buffer[at + 1] & 0xFF) << 16) | ((buffer[at + 2] & 0xFF) << 8) | (buffer[at + 3] & 0xFF);
    }

    private void append(Bytes fragment) {
        int buffered = end - start;
        int needed = buffered + fragment.length();
        if (needed > buffer.length) {
            // Grow to what arrived, never to what a header announced.
            buffer = Arrays.copyOfRange(buffer, start, start + Math.max(needed, Math.min(2 * buffered, needed + 4096)));
        } else if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, buffered);
        }
        start = 0;
        end = buffered;
        fragment.copyTo(buffer, end);
        end += fragment.length();
    }
}
