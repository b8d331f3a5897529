package io.claimwatch.dev;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Loopback port helpers for the embedded stack. */
public final class Ports {

    private Ports() {}

    public static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static int free() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free loopback port", e);
        }
    }

    /** The preferred port when it is free, else any free one. */
    public static int preferred(int port) {
        return port > 0 && isFree(port) ? port : free();
    }
}
