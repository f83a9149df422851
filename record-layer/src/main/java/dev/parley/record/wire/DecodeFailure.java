package dev.parley.record.wire;

import dev.parley.record.FailureReason;
import dev.parley.record.TlsException;

/**
 * Malformed input: the only exception a decoder may throw. Usually {@code decode_error}, through a
 * {@link WireFailure}; a decoder may name a more specific reason where an RFC demands another alert.
 */
public final class DecodeFailure extends TlsException {

    public DecodeFailure(FailureReason reason, String detail) {
        super(reason, detail);
    }
}
