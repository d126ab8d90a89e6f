package com.channelstudio.images;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.FinishedItems;
import com.channelstudio.jobs.JobFolders;
import com.channelstudio.jobs.VideoJob;
import com.channelstudio.planning.JobPlanning;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/** The backgrounds a job still lacks: only these are generated, so running the stage again makes no duplicates. */
@Component("imageOrders")
public class ImageOrders {

    private final JobPlanning planning;
    private final JobFolders folders;
    private final StudioProperties.Image settings;

    public ImageOrders(JobPlanning planning, JobFolders folders, StudioProperties properties) {
        this.planning = planning;
        this.folders = folders;
        this.settings = properties.image();
    }

    /** The configured image provider's name (studio.image.provider). */
    public String provider() {
        return settings.provider().label();
    }

    /** The route of the configured image provider (studio.image.provider). */
    public String providerEndpoint() {
        return settings.endpoint();
    }

    public List<ImageOrder> missing(@ExchangeProperty("job") VideoJob job,
            @Header("existing") List<Map<String, Object>> existing) {
        Set<Integer> done = FinishedItems.orderIndexes(existing);
        return planning.read(job).visualPrompts().stream()
                .filter(prompt -> !done.contains(prompt.orderIndex()))
                .map(prompt -> new ImageOrder(job.id(), prompt.orderIndex(), prompt.prompt(),
                        folders.image(job, prompt.orderIndex())))
                .toList();
    }
}
