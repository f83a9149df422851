package dev.parley;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.SocketException;

/**
 * The plain socket after {@link TlsSocket#stopTls()}, when bytes that follow the peer's
 * close_notify had already been read from it: its input stream hands those bytes out first, so
 * plain-text data the peer sent right after leaving TLS is not lost. Everything else is the
 * plain socket's.
 */
final class UnwrappedSocket extends LayeredSocket {

    private final InputStream in;

    private UnwrappedSocket(Socket plain, byte[] alreadyRead) throws IOException {
        super(plain);
        this.in = new SequenceInputStream(new ByteArrayInputStream(alreadyRead), plain.getInputStream());
    }

    /** {@code plain} itself when nothing was read ahead, else a socket that serves those bytes first. */
    static Socket of(Socket plain, byte[] alreadyRead) throws IOException {
        return alreadyRead.length == 0 ? plain : new UnwrappedSocket(plain, alreadyRead);
    }

    @Override
    public InputStream getInputStream() throws IOException {
        if (isClosed()) {
            throw new SocketException("Socket is closed");
        }
        return in;
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
        return plain.getOutputStream();
    }

    @Override
    public void shutdownInput() throws IOException {
        plain.shutdownInput();
    }

    @Override
    public void shutdownOutput() throws IOException {
        plain.shutdownOutput();
    }

    @Override
    public synchronized void close() throws IOException {
        plain.close();
    }

    @Override
    public String toString() {
        return plain.toString();
    }
}
