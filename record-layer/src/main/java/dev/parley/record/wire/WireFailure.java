package dev.parley.record.wire;

import dev.parley.record.AlertDescription;
import dev.parley.record.FailureReason;

/**
 * Syntax failures the wire codec itself detects. All of them are decode_error: RFC 8446 §6.2
 * assigns it to "a message could not be decoded because some field was out of the specified range
 * or the length of the message was incorrect".
 */
public enum WireFailure implements FailureReason {
    /** The input ended before a field or vector it announced. */
    TRUNCATED,
    /** A structure that must end here has bytes left over. */
    TRAILING_BYTES,
    /** A vector's length lies outside the bounds its definition gives it. */
    LENGTH_OUT_OF_RANGE,
    /** A vector's length is not a whole number of its elements. */
    LENGTH_NOT_MULTIPLE,
    /** A field holds a value its definition does not allow. */
    VALUE_OUT_OF_RANGE;

    @Override
    public AlertDescription alert() {
        return AlertDescription.DECODE_ERROR;
    }
}
