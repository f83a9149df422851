package dev.parley;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * The application data a {@link TlsSocket} sends: every write is protected and sent before it
 * returns, so {@link #flush()} has nothing left to do.
 */
final class TlsOutputStream extends OutputStream {

    private final TlsSocket socket;

    TlsOutputStream(TlsSocket socket) {
        this.socket = socket;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        socket.write(buffer, offset, length);
    }

    /** Closes the socket, as a plain socket's stream does. */
    @Override
    public void close() throws IOException {
        socket.close();
    }
}
