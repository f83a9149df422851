package dev.parley;

import dev.parley.record.AlertDescription;
import dev.parley.record.FailureReason;

/** Failures the stand-in handshake produces, with the alerts a real one would send. */
enum StandInFailure implements FailureReason {
    NOTHING_IN_COMMON(AlertDescription.HANDSHAKE_FAILURE);

    private final AlertDescription alert;

    StandInFailure(AlertDescription alert) {
        this.alert = alert;
    }

    @Override
    public AlertDescription alert() {
        return alert;
    }
}
