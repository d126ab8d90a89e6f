package com.channelstudio.monitoring;

import com.channelstudio.jobs.DiskRoom;
import java.util.Optional;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Health: DOWN while the output folder's disk is too short for a render or an export to start. */
@Component("renderDiskRoom")
public class DiskRoomHealth implements HealthIndicator {

    private final DiskRoom room;

    public DiskRoomHealth(DiskRoom room) {
        this.room = room;
    }

    @Override
    public Health health() {
        Optional<String> shortage = room.shortage();
        return shortage.isEmpty() ? Health.up().build() : Health.down().withDetail("error", shortage.get()).build();
    }
}
