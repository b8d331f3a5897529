package io.claimwatch.feeds;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Whether a host is on the public internet. A feed is third-party content: an item linking to
 * 127.0.0.1, a private network or a cloud metadata address (169.254.169.254) must not make the
 * follower fetch from inside the newsroom's network, so such page links are refused unless the feed
 * itself is on such an address (an intranet feed, a test server).
 */
final class AddressCheck {

    private AddressCheck() {}

    /** False when any address the host resolves to is loopback, private, link-local, wildcard or multicast. */
    static boolean isPublic(String host) {
        if (host == null) {
            return false;
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host)) {
                if (!isPublic(a)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return true; // nothing to reach; the request itself reports the unknown host
        }
    }

    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        if (a instanceof Inet6Address) {
            int first = a.getAddress()[0] & 0xff;
            return (first & 0xfe) != 0xfc; // fc00::/7, unique local addresses
        }
        byte[] b = a.getAddress();
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        return !(b0 == 100 && b1 >= 64 && b1 < 128) && b0 != 0; // carrier-grade NAT 100.64/10, "this network" 0/8
    }
}
