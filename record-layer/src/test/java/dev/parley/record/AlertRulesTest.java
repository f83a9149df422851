package dev.parley.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AlertRulesTest {

    private static final ProtocolVersion TLS13 = ProtocolVersion.TLS13;
    private static final ProtocolVersion TLS12 = ProtocolVersion.TLS12;

    @Test
    void closeNotifyHalfClosesInTls13AndClosesInTls12() throws TlsException {
        assertEquals(AlertDisposition.READ_SIDE_CLOSED, AlertRules.onReceive(Alert.CLOSE_NOTIFY, TLS13));
        assertEquals(AlertDisposition.CONNECTION_CLOSING, AlertRules.onReceive(Alert.CLOSE_NOTIFY, TLS12));
    }

    @Test
    void tls13IgnoresTheLevelOfClosureAlerts() throws TlsException {
        Alert fatalClose = new Alert(AlertLevel.FATAL, AlertDescription.CLOSE_NOTIFY);
        assertEquals(AlertDisposition.READ_SIDE_CLOSED, AlertRules.onReceive(fatalClose, TLS13));
        Alert oddCancel = new Alert(new AlertLevel(9), AlertDescription.USER_CANCELED);
        assertEquals(AlertDisposition.CONTINUE, AlertRules.onReceive(oddCancel, TLS13));
    }

    @Test
    void userCanceledWaitsForTheCloseNotifyThatFollows() throws TlsException {
        assertEquals(AlertDisposition.CONTINUE, AlertRules.onReceive(Alert.USER_CANCELED, TLS13));
        assertEquals(AlertDisposition.CONTINUE, AlertRules.onReceive(Alert.USER_CANCELED, TLS12));
    }

    @Test
    void errorAlertsEndTheConnection() throws TlsException {
        Alert fatal = new Alert(AlertLevel.FATAL, AlertDescription.HANDSHAKE_FAILURE);
        assertEquals(AlertDisposition.CONNECTION_FAILED, AlertRules.onReceive(fatal, TLS13));
        assertEquals(AlertDisposition.CONNECTION_FAILED, AlertRules.onReceive(fatal, TLS12));
        Alert unknownLevel = new Alert(new AlertLevel(7), new AlertDescription(250));
        assertEquals(AlertDisposition.CONNECTION_FAILED, AlertRules.onReceive(unknownLevel, TLS13));
    }

    @Test
    void tls12WarningsLetTheConnectionContinue() throws TlsException {
        Alert warning = new Alert(AlertLevel.WARNING, AlertDescription.UNRECOGNIZED_NAME);
        assertEquals(AlertDisposition.CONTINUE, AlertRules.onReceive(warning, TLS12));
        // Before negotiation the TLS 1.2 rules apply.
        assertEquals(AlertDisposition.CONTINUE, AlertRules.onReceive(warning, ProtocolVersion.TLS10));
    }

    @Test
    void tls13RejectsWarningLevelErrorAlerts() {
        Alert warning = new Alert(AlertLevel.WARNING, AlertDescription.UNRECOGNIZED_NAME);
        TlsException e = assertThrows(TlsException.class, () -> AlertRules.onReceive(warning, TLS13));
        assertEquals(RecordFailure.WARNING_ALERT_IN_TLS13, e.reason());
        assertEquals(AlertDescription.DECODE_ERROR, e.alert());
    }

    @Test
    void tls12RejectsUnknownLevels() {
        Alert odd = new Alert(new AlertLevel(3), AlertDescription.CLOSE_NOTIFY);
        TlsException e = assertThrows(TlsException.class, () -> AlertRules.onReceive(odd, TLS12));
        assertEquals(RecordFailure.UNKNOWN_ALERT_LEVEL, e.reason());
        assertEquals(AlertDescription.ILLEGAL_PARAMETER, e.alert());
    }

    @Test
    void failuresAreSentAtTheirLevel() {
        TlsException mac = new TlsException(RecordFailure.BAD_RECORD_MAC, "test");
        assertEquals(new Alert(AlertLevel.FATAL, AlertDescription.BAD_RECORD_MAC), AlertRules.toSend(mac));
        TlsException exhausted = new TlsException(RecordFailure.SEQUENCE_NUMBERS_EXHAUSTED, "test");
        assertEquals(Alert.CLOSE_NOTIFY, AlertRules.toSend(exhausted));
    }
}
