package com.channelstudio.jobs;

import com.channelstudio.config.StudioProperties;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** This process as a claimant of jobs: a name unique among instances polling one database, and its lease. */
@Component("studioInstance")
public class StudioInstance {

    private final String id;
    private final StudioProperties.Lease lease;

    public StudioInstance(StudioProperties properties) {
        this.id = hostName() + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
        this.lease = properties.lease();
    }

    public String id() {
        return id;
    }

    public int leaseSeconds() {
        return lease.seconds();
    }

    public int renewSeconds() {
        return lease.renewSeconds();
    }

    /** The instance as a file name, e.g. for its own scratch folder in a job's folder. */
    public String fileName() {
        return Slug.of(id, "instance");
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
