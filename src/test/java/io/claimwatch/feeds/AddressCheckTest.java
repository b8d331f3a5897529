package io.claimwatch.feeds;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** Which addresses a public feed's page links may not reach. */
class AddressCheckTest {

    @Test
    void loopbackPrivateLinkLocalAndMetadataAddressesAreNotPublic() throws Exception {
        for (String a : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.20", "169.254.169.254", "0.0.0.0",
            "100.64.0.1", "::1", "fe80::1", "fd12:3456::1", "::ffff:127.0.0.1", "224.0.0.1"}) {
            assertFalse(AddressCheck.isPublic(InetAddress.getByName(a)), a);
        }
        assertFalse(AddressCheck.isPublic("localhost"));
    }

    @Test
    void ordinaryAddressesArePublic() throws Exception {
        for (String a : new String[] {"93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "100.128.0.1", "172.32.0.1"}) {
            assertTrue(AddressCheck.isPublic(InetAddress.getByName(a)), a);
        }
    }
}
