package com.channelstudio.music;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.FinishedItems;
import com.channelstudio.jobs.JobFolders;
import com.channelstudio.jobs.VideoJob;
import com.channelstudio.planning.JobPlanning;
import com.channelstudio.planning.MusicPrompt;
import com.channelstudio.timeline.TimelineFactory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/** The tracks a job still lacks: only these are generated, so running the stage again makes no duplicates. */
@Component("musicOrders")
public class MusicOrders {

    private final JobPlanning planning;
    private final JobFolders folders;
    private final TimelineFactory timelines;
    private final StudioProperties.Music settings;

    public MusicOrders(JobPlanning planning, JobFolders folders, TimelineFactory timelines, StudioProperties properties) {
        this.planning = planning;
        this.folders = folders;
        this.timelines = timelines;
        this.settings = properties.music();
    }

    /** The configured music provider's name (studio.music.provider). */
    public String provider() {
        return settings.provider().label();
    }

    /** The route of the configured music provider (studio.music.provider). */
    public String providerEndpoint() {
        return settings.endpoint();
    }

    public List<TrackOrder> missing(@ExchangeProperty("job") VideoJob job,
            @Header("existing") List<Map<String, Object>> existing) {
        Set<Integer> done = FinishedItems.orderIndexes(existing);
        return planning.read(job).musicPrompts().stream()
                .filter(prompt -> !done.contains(prompt.orderIndex()))
                .map(prompt -> order(job, prompt))
                .toList();
    }

    private TrackOrder order(VideoJob job, MusicPrompt prompt) {
        return new TrackOrder(job.id(), prompt.orderIndex(), prompt.prompt(),
                timelines.requestedSeconds(prompt.durationMinutes()), folders.track(job, prompt.orderIndex()));
    }
}
