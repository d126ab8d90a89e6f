package com.channelstudio.jobs;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** This process as a claimant of jobs: a name unique among instances polling one database, and its lease. */
@Component("studioInstance")
public class StudioInstance {

    private final String id;
    private final int leaseSeconds;

    public StudioInstance(@Value("${studio.lease.seconds:300}") int leaseSeconds) {
        this.id = hostName() + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
        this.leaseSeconds = leaseSeconds;
    }

    public String id() {
        return id;
    }

    public int leaseSeconds() {
        return leaseSeconds;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
