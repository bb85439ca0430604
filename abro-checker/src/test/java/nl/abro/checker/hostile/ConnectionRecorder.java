package nl.abro.checker.hostile;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/** A local server that records every connection attempt: the proof that a check fetches nothing. */
final class ConnectionRecorder implements AutoCloseable {
    private final ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    ConnectionRecorder() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        listener.setSoTimeout(200);
        acceptor = new Thread(() -> {
            while (!listener.isClosed()) {
                try (var socket = listener.accept()) {
                    connections.incrementAndGet();
                } catch (SocketTimeoutException e) {
                    // keep listening
                } catch (IOException e) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** An address on this server, for hostile files to point at. */
    String url(String path) {
        return "http://127.0.0.1:" + listener.getLocalPort() + path;
    }

    /** Connections made so far, after a moment for late ones to arrive. */
    int connections() throws InterruptedException {
        Thread.sleep(300);
        return connections.get();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        listener.close();
        acceptor.join(2000);
    }
}
