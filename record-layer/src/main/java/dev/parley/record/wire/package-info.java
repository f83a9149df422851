/**
 * The wire codec: a bounded {@link dev.parley.record.wire.WireReader} and a
 * {@link dev.parley.record.wire.WireWriter} for the presentation language of RFC 8446 §3.
 *
 * <p>Every read checks what remains before it allocates or moves; a length-prefixed vector becomes
 * a sub-reader that cannot read past its end; and {@code expectEnd} makes "no trailing bytes"
 * explicit. Every failure is a {@link dev.parley.record.wire.DecodeFailure}.
 */
package dev.parley.record.wire;
