package dev.parley.record;

/**
 * No protection: records are TLSPlaintext (RFC 8446 §5.1, RFC 5246 §6.2.1). Stateless, so one
 * instance serves every connection; it has no sequence number to exhaust and no key to update.
 */
final class PlaintextProtection extends RecordProtection {

    static final PlaintextProtection INSTANCE = new PlaintextProtection();

    private PlaintextProtection() {
    }

    @Override
    public boolean isEncrypted() {
        return false;
    }

    @Override
    public long sequenceNumber() {
        return 0;
    }

    @Override
    public boolean keyUpdateDue() {
        return false;
    }

    @Override
    public void setKeyUpdateThreshold(long records) {
        // Nothing is counted without keys.
    }

    @Override
    public void destroy() {
        // No secrets to wipe; the shared instance stays usable.
    }

    @Override
    boolean isTls13() {
        return false;
    }

    @Override
    void claim() {
        // Stateless: installing it any number of times is harmless.
    }

    @Override
    int maxBodyLength() {
        return RecordLimits.MAX_PLAINTEXT_LENGTH;
    }

    @Override
    int plaintextLength(int bodyLength) {
        return bodyLength;
    }

    @Override
    int maxPlaintextLength() {
        return RecordLimits.MAX_PLAINTEXT_LENGTH;
    }

    @Override
    int maxContentLength(int peerLimit) {
        // RFC 8449 §4: "Unprotected messages are not subject to this limit."
        return RecordLimits.MAX_PLAINTEXT_LENGTH;
    }

    @Override
    int maxPadding(int contentLength, int peerLimit) {
        return 0;
    }

    @Override
    int recordLength(int contentLength, int padding) {
        return RecordLimits.HEADER_LENGTH + contentLength;
    }

    @Override
    int seal(int type, int plaintextVersion, byte[] src, int srcOffset, int length, int padding,
             byte[] out, int outOffset) {
        System.arraycopy(src, srcOffset, out, outOffset + RecordLimits.HEADER_LENGTH, length);
        RecordHeader.write(out, outOffset, type, plaintextVersion, length);
        return RecordLimits.HEADER_LENGTH + length;
    }

    @Override
    void open(int type, int version, byte[] record, int recordOffset, int bodyLength, byte[] plaintext,
              OpenedRecord opened) {
        // Nothing to decrypt: the content is read where it arrived.
        opened.set(type, record, recordOffset + RecordLimits.HEADER_LENGTH, bodyLength);
    }

    @Override
    public String toString() {
        return "plaintext";
    }
}
