package dev.parley.handshake.keys;

import dev.parley.record.AlertDescription;
import dev.parley.record.FailureReason;

/**
 * What can go wrong in the key schedule, the transcript and the Finished and binder checks, and
 * the alert each failure earns.
 *
 * <p>Two failures come from the peer (a Finished or a PSK binder that does not verify); RFC 8446
 * §6.2 gives both decrypt_error. The others are internal misuse (a step taken out of order, a
 * secret used after it was destroyed, a label or length outside its bounds): the peer did nothing
 * wrong, so they earn internal_error.
 */
public enum KeyScheduleFailure implements FailureReason {

    /** The peer's Finished verify_data does not match our own computation (RFC 8446 §4.4.4). */
    FINISHED_MISMATCH(AlertDescription.DECRYPT_ERROR),

    /** A PSK binder in the ClientHello does not match our own computation (RFC 8446 §4.2.11.2). */
    PSK_BINDER_MISMATCH(AlertDescription.DECRYPT_ERROR),

    /** An HkdfLabel field lies outside the bounds of RFC 8446 §7.1 (label, context or length). */
    HKDF_LABEL_OUT_OF_RANGE(AlertDescription.INTERNAL_ERROR),

    /** An input has the wrong size or kind for the construction (random, hash, PRF output, ...). */
    INPUT_OUT_OF_RANGE(AlertDescription.INTERNAL_ERROR),

    /** A secret was used after it was destroyed, e.g. a key schedule stage asked twice. */
    SECRET_DESTROYED(AlertDescription.INTERNAL_ERROR),

    /** A step was asked for before the step it depends on, or in a state where it has no meaning. */
    STEP_OUT_OF_ORDER(AlertDescription.INTERNAL_ERROR);

    private final AlertDescription alert;

    KeyScheduleFailure(AlertDescription alert) {
        this.alert = alert;
    }

    @Override
    public AlertDescription alert() {
        return alert;
    }
}
