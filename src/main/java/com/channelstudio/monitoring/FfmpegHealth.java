package com.channelstudio.monitoring;

import com.channelstudio.media.FfmpegBinary;
import com.channelstudio.media.FfmpegLocator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Health: the studio can render only with an FFmpeg it can run. */
@Component("ffmpeg")
public class FfmpegHealth implements HealthIndicator {

    private final FfmpegLocator ffmpeg;

    public FfmpegHealth(FfmpegLocator ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    @Override
    public Health health() {
        try {
            FfmpegBinary binary = ffmpeg.binary();
            return Health.up().withDetail("version", binary.version()).withDetail("executable", binary.executable())
                    .withDetail("why", binary.origin()).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getMessage()).build();
        }
    }
}
