package com.channelstudio.config;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.springframework.stereotype.Component;

/**
 * Bounded thread pools the routes fan out on (split {@code executorService}): they cap how many provider calls
 * and FFmpeg processes run at once on this instance, whatever the number of jobs. They live in Camel's registry
 * only, so Spring's own task executor stays as Boot configures it.
 */
@Component
public class WorkerPools implements CamelContextConfiguration {

    private final int musicCalls;
    private final int imageCalls;
    private final int renderWorkers;

    public WorkerPools(StudioProperties properties) {
        this.musicCalls = properties.music().concurrency();
        this.imageCalls = properties.image().concurrency();
        this.renderWorkers = properties.render().workers();
    }

    @Override
    public void beforeApplicationStart(CamelContext camel) {
        ExecutorServiceManager pools = camel.getExecutorServiceManager();
        camel.getRegistry().bind("musicCalls", pools.newFixedThreadPool(this, "music-calls", musicCalls));
        camel.getRegistry().bind("imageCalls", pools.newFixedThreadPool(this, "image-calls", imageCalls));
        camel.getRegistry().bind("renderWorkers", pools.newFixedThreadPool(this, "render-workers", renderWorkers));
    }

    @Override
    public void afterApplicationStart(CamelContext camel) {
        // nothing to do once routes run
    }
}
