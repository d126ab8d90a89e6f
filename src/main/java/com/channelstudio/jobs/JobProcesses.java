package com.channelstudio.jobs;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The external processes (FFmpeg, ffprobe) this JVM runs for one job: its own descendants whose command line names
 * a file in the job's folder. Stopping a job's work stops exactly these, never a process another instance or
 * another job owns.
 */
@Component
public class JobProcesses {

    private static final Logger log = LoggerFactory.getLogger(JobProcesses.class);

    public List<ProcessHandle> of(Path jobFolder) {
        String folder = jobFolder.toString();
        return ProcessHandle.current().descendants()
                .filter(process -> process.info().arguments()
                        .map(arguments -> Arrays.stream(arguments).anyMatch(argument -> argument.contains(folder)))
                        .orElse(false))
                .toList();
    }

    public int stop(Path jobFolder) {
        List<ProcessHandle> processes = of(jobFolder);
        for (ProcessHandle process : processes) {
            log.warn("Stopping process {} ({}) working in {}", process.pid(),
                    process.info().command().orElse("unknown command"), jobFolder);
            process.destroyForcibly();
        }
        return processes.size();
    }
}
