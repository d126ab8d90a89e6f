package com.channelstudio.distinct;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.AssetFailure;
import com.channelstudio.jobs.JobFolders;
import com.channelstudio.jobs.VideoJob;
import com.channelstudio.planning.JobPlanning;
import com.channelstudio.planning.MusicPrompt;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The check before render that a video is no near copy of its channel's recent videos: each of its images against
 * every image of those videos (perceptual hash distance), each of its music prompts against theirs. A video that
 * is held gets new prompts for the offending items, which are then made again.
 */
@Component("distinctVideos")
public class DistinctVideos {

    static final String ITEM = "the check for near copies of the channel's recent videos";
    private static final Logger log = LoggerFactory.getLogger(DistinctVideos.class);

    private final StudioProperties.Distinct settings;
    private final JobFolders folders;
    private final JobPlanning planning;
    private final ObjectMapper json;

    public DistinctVideos(StudioProperties properties, JobFolders folders, JobPlanning planning, ObjectMapper json) {
        this.settings = properties.distinct();
        this.folders = folders;
        this.planning = planning;
        this.json = json;
    }

    public int recentVideos() {
        return settings.recentVideos();
    }

    /**
     * Compares the job's images with those of the channel's recent videos (both in {@code checkImages}), and its
     * music prompts with theirs ({@code recentPlanRows}); {@code previous} is this stage run's last check.
     */
    public DistinctCheck check(@ExchangeProperty("job") VideoJob job, @Header("checkImages") List<Map<String, Object>> checkImages,
            @Header("recentPlanRows") List<Map<String, Object>> recentPlanRows,
            @ExchangeProperty("distinctCheck") DistinctCheck previous) throws JsonProcessingException {
        Map<UUID, String> newHashes = new LinkedHashMap<>();
        Map<Boolean, List<Map<String, Object>>> ownAndOthers = checkImages.stream()
                .collect(Collectors.partitioningBy(row -> job.id().equals(row.get("video_job_id"))));
        List<Map<String, Object>> evidence = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        SortedSet<Integer> copied = nearCopies(hashed(ownAndOthers.get(true), newHashes),
                hashed(ownAndOthers.get(false), newHashes), evidence, findings);
        SortedSet<Integer> repeated = repeatedMusic(job, recentPlanRows, evidence, findings);
        return new DistinctCheck(UUID.randomUUID(), previous == null ? 0 : previous.repair() + 1,
                json.writeValueAsString(evidence), json.writeValueAsString(newHashes), copied, repeated,
                String.join("; ", findings));
    }

    /** Each image's nearest image of the recent videos goes into the evidence; the near copies are returned. */
    private SortedSet<Integer> nearCopies(List<HashedImage> ours, List<HashedImage> theirs, List<Map<String, Object>> evidence,
            List<String> findings) {
        SortedSet<Integer> copied = new TreeSet<>();
        Map<UUID, List<NearCopy>> copies = new LinkedHashMap<>();
        for (HashedImage image : ours) {
            HashedImage nearest = null;
            int distance = Integer.MAX_VALUE;
            for (HashedImage other : theirs) {
                int d = PerceptualHash.distance(image.hash(), other.hash());
                if (d < distance) {
                    nearest = other;
                    distance = d;
                }
            }
            if (nearest == null) {
                continue;
            }
            boolean duplicate = distance < settings.imageDistance();
            evidence.add(row("image", image.orderIndex(), nearest.jobId(), nearest.orderIndex(), distance, duplicate));
            if (duplicate) {
                copied.add(image.orderIndex());
                copies.computeIfAbsent(nearest.jobId(), video -> new ArrayList<>())
                        .add(new NearCopy(image.orderIndex(), nearest.orderIndex(), distance));
            }
        }
        copies.forEach((video, ofVideo) -> findings.add(nearCopiesOf(video, ofVideo)));
        return copied;
    }

    /** One finding per copied video: each pair for a single image, a summary for several (each pair is in the evidence). */
    private String nearCopiesOf(UUID video, List<NearCopy> copies) {
        if (copies.size() == 1) {
            NearCopy copy = copies.get(0);
            return String.format(Locale.ROOT, "image %d is a near copy of image %d of video %s (hash distance %d, under %d)",
                    copy.orderIndex(), copy.otherOrderIndex(), video, copy.distance(), settings.imageDistance());
        }
        IntSummaryStatistics distances = copies.stream().mapToInt(NearCopy::distance).summaryStatistics();
        return String.format(Locale.ROOT, "images %s are near copies of images of video %s (hash distance %s, under %d)",
                ranges(copies.stream().map(NearCopy::orderIndex).toList()), video,
                distances.getMin() == distances.getMax() ? String.valueOf(distances.getMin())
                        : distances.getMin() + " to " + distances.getMax(), settings.imageDistance());
    }

    /** 1, 2, 3, 5, 7, 8 as "1-3, 5, 7-8". */
    static String ranges(List<Integer> ascending) {
        List<String> ranges = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= ascending.size(); i++) {
            if (i == ascending.size() || ascending.get(i) != ascending.get(i - 1) + 1) {
                int first = ascending.get(start);
                int last = ascending.get(i - 1);
                ranges.add(first == last ? String.valueOf(first) : first + "-" + last);
                start = i;
            }
        }
        return String.join(", ", ranges);
    }

    /** The music prompts that repeat one of the recent videos', each with its evidence. */
    private SortedSet<Integer> repeatedMusic(VideoJob job, List<Map<String, Object>> recentPlanRows,
            List<Map<String, Object>> evidence, List<String> findings) {
        SortedSet<Integer> repeated = new TreeSet<>();
        Map<String, Map<String, Object>> recentMusic = recentMusic(recentPlanRows);
        for (MusicPrompt prompt : planning.read(job).musicPrompts()) {
            Map<String, Object> same = recentMusic.get(prompt.prompt().strip().toLowerCase(Locale.ROOT));
            if (same != null) {
                repeated.add(prompt.orderIndex());
                evidence.add(row("music_prompt", prompt.orderIndex(), (UUID) same.get("video_job_id"),
                        ((Number) same.get("order_index")).intValue(), null, true));
                findings.add("music prompt " + prompt.orderIndex() + " repeats music prompt " + same.get("order_index")
                        + " of video " + same.get("video_job_id"));
            }
        }
        return repeated;
    }

    /**
     * Holds a video that is a near copy: the job with new prompts for its offending items, to be stored and made
     * again; after {@code studio.distinct.max-repairs} repairs the job fails naming what is still a copy.
     */
    public VideoJob hold(@ExchangeProperty("distinctCheck") DistinctCheck check, @ExchangeProperty("job") VideoJob job,
            @Header("recentPlanRows") List<Map<String, Object>> recentPlanRows) throws JsonProcessingException {
        if (check.repair() >= settings.maxRepairs()) {
            throw new AssetFailure(ITEM, "after " + check.repair() + " repairs (studio.distinct.max-repairs) still: "
                    + check.finding(),
                    "Give the job other prompts (or another image provider) and retry it, or raise "
                            + "studio.distinct.max-repairs; the evidence is in duplicate_checks");
        }
        log.warn("Job {} held before render: {}. Making them again with new prompts (repair {} of {})", job.id(),
                check.finding(), check.repair() + 1, settings.maxRepairs());
        Set<String> taken = recent(recentPlanRows).stream().map(row -> (String) row.get("prompt")).collect(Collectors.toSet());
        return job.withPromptsJson(planning.redrawn(job, check.repeatedMusic(), check.copiedImages(), check.repair() + 1, taken));
    }

    private List<Map<String, Object>> recent(List<Map<String, Object>> recentPlanRows) {
        return recentPlanRows.stream()
                .filter(row -> ((Number) row.get("video_rank")).intValue() <= settings.recentVideos()).toList();
    }

    /** The music prompts of the recent videos (lower case), each with the newest video and order index using it. */
    private Map<String, Map<String, Object>> recentMusic(List<Map<String, Object>> recentPlanRows) {
        Map<String, Map<String, Object>> music = new HashMap<>();
        recent(recentPlanRows).stream().filter(row -> "music".equals(row.get("kind")))
                .forEach(row -> music.putIfAbsent((String) row.get("prompt"), row));
        return music;
    }

    /** The images with their hashes, computing (and returning in {@code newHashes}) those not yet recorded. */
    private List<HashedImage> hashed(List<Map<String, Object>> rows, Map<UUID, String> newHashes) {
        List<HashedImage> hashed = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            String hash = (String) row.get("perceptual_hash");
            if (hash == null) {
                hash = hashOf(folders.file((String) row.get("local_file_path")));
                if (hash == null) {
                    continue;
                }
                newHashes.put((UUID) row.get("id"), hash);
            }
            hashed.add(new HashedImage((UUID) row.get("video_job_id"), ((Number) row.get("order_index")).intValue(), hash));
        }
        return hashed;
    }

    /** Null for a file that is gone or that Java cannot decode: such an image cannot be compared. */
    private static String hashOf(Path file) {
        try {
            BufferedImage image = Files.isRegularFile(file) ? ImageIO.read(file.toFile()) : null;
            if (image == null) {
                log.warn("Image {} cannot be read to compare it with the channel's recent videos; it is left out", file);
                return null;
            }
            return PerceptualHash.of(image);
        } catch (IOException e) {
            log.warn("Image {} cannot be read to compare it with the channel's recent videos ({}); it is left out", file,
                    e.getMessage());
            return null;
        }
    }

    private Map<String, Object> row(String kind, int orderIndex, UUID otherJob, int otherOrderIndex, Integer distance,
            boolean duplicate) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", kind);
        row.put("order_index", orderIndex);
        row.put("other_video_job_id", otherJob);
        row.put("other_order_index", otherOrderIndex);
        row.put("hash_distance", distance);
        row.put("threshold", distance == null ? null : settings.imageDistance());
        row.put("duplicate", duplicate);
        return row;
    }

    private record HashedImage(UUID jobId, int orderIndex, String hash) {}

    private record NearCopy(int orderIndex, int otherOrderIndex, int distance) {}
}
