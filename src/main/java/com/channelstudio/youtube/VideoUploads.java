package com.channelstudio.youtube;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.JobFolders;
import com.channelstudio.jobs.VideoJob;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.api.client.googleapis.media.MediaHttpUploader;
import com.google.api.client.http.FileContent;
import com.google.api.client.http.HttpRequest;
import com.google.api.services.youtube.YouTube;
import com.google.api.services.youtube.model.PlaylistItem;
import com.google.api.services.youtube.model.PlaylistItemSnippet;
import com.google.api.services.youtube.model.ResourceId;
import com.google.api.services.youtube.model.Video;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The upload stage's calls: the package's metadata, the video (a resumable upload with the official client, or the
 * rest of a session an earlier attempt opened), its thumbnail, its entry in the channel's playlist, and its Shorts
 * (each sent by the same upload as the video, its session kept on its own row).
 */
@Component("videoUploads")
public class VideoUploads {

    static final String UNRESERVED_UNITS = "unreservedUnits";
    private static final Logger log = LoggerFactory.getLogger(VideoUploads.class);

    private final JobFolders folders;
    private final ObjectMapper json;
    private final YoutubeAuthorization authorization;
    private final UploadProgress progress;
    private final int chunkBytes;
    private final StudioProperties.Quota quota;
    private final PublishTimes publishTimes;

    public VideoUploads(JobFolders folders, ObjectMapper json, YoutubeAuthorization authorization,
            UploadProgress progress, StudioProperties properties, PublishTimes publishTimes) {
        this.publishTimes = publishTimes;
        this.folders = folders;
        this.json = json;
        this.authorization = authorization;
        this.progress = progress;
        this.chunkBytes = properties.youtube().uploadChunkBytes();
        this.quota = properties.youtube().quota();
    }

    /** @param upload the claimed row's upload columns ({@code upload_strategy}, {@code scheduled_time}) */
    public UploadMetadata metadata(@ExchangeProperty("job") VideoJob job, @Header("upload") Map<String, Object> upload)
            throws IOException {
        ExportPackage export = json.readValue(folders.export(job).resolve("metadata.json").toFile(), ExportPackage.class);
        return UploadMetadata.of(export, (String) upload.get("upload_strategy"), Timestamps.utc(upload.get("scheduled_time")));
    }

    /**
     * The Short's metadata ({@code export/shorts/01.json}): its title, its description with the video's link, the
     * job's privacy; with {@code scheduled}, published {@code studio.shorts.publish-offset-hours} times its number
     * after the video, or at once if that time has passed.
     *
     * @param jobShort the Short's {@code job_shorts} row
     */
    public UploadMetadata shortMetadata(@Header("upload") Map<String, Object> upload, @Header("short") Map<String, Object> jobShort,
            @Header("youtubeVideoId") String videoId) throws IOException {
        Path file = folders.file((String) jobShort.get("local_file_path"));
        ExportPackage made = json.readValue(file.resolveSibling(file.getFileName().toString().replace(".mp4", ".json")).toFile(),
                ExportPackage.class);
        String strategy = (String) upload.get("upload_strategy");
        OffsetDateTime publishAt = "scheduled".equals(strategy) ? publishTimes.ofShort(Timestamps.utc(upload.get("scheduled_time")),
                ((Number) jobShort.get("short_index")).intValue()) : null;
        String privacy = !"scheduled".equals(strategy) ? strategy : publishAt != null ? "private" : "public";
        return new UploadMetadata(made.title(), made.description() + "\n\nThe full mix: https://youtu.be/" + videoId,
                made.tags(), privacy, publishAt, file.getFileName().toString(), null, Map.of());
    }

    /**
     * The video's YouTube id, once YouTube has all of it ({@link #send}).
     *
     * @param upload the claimed row's upload columns ({@code upload_session_uri}, {@code upload_session_opened_at})
     */
    public String upload(@ExchangeProperty("job") VideoJob job, @Header("upload") Map<String, Object> upload,
            @Header("metadata") UploadMetadata metadata, @Header("channel") Map<String, Object> channel,
            @ExchangeProperty("youtube") YoutubeAccess access, Message message) throws IOException {
        return send(job, new Target("the video", folders.export(job).resolve(metadata.videoFile()),
                metadata.video(UploadOptions.of(channel), EarlierUploads.reference(job.id())), upload,
                EarlierUploads.reference(job.id()), progress.ofVideo(job)), access, message);
    }

    /** A Short's YouTube id, once YouTube has all of it: the same upload as the video's, on the Short's row. */
    public String uploadShort(@ExchangeProperty("job") VideoJob job, @Header("short") Map<String, Object> jobShort,
            @Header("shortMetadata") UploadMetadata metadata, @Header("channel") Map<String, Object> channel,
            @ExchangeProperty("youtube") YoutubeAccess access, Message message) throws IOException {
        int index = ((Number) jobShort.get("short_index")).intValue();
        String reference = EarlierUploads.reference(job.id(), index);
        return send(job, new Target("Short " + index, folders.file((String) jobShort.get("local_file_path")),
                metadata.video(UploadOptions.of(channel), reference), jobShort, reference, progress.ofShort(job, index)),
                access, message);
    }

    /**
     * What one upload sends and where its session is kept.
     *
     * @param row the uploaded thing's row: its {@code upload_session_uri} and {@code upload_session_opened_at}
     * @param reference the last line of the description, by which the search finds an upload whose id was never stored
     */
    private record Target(String name, Path file, Video resource, Map<String, Object> row, String reference,
            UploadProgress.Session session) {}

    /**
     * A session an earlier attempt opened is resumed, never repeated, and if it can no longer be resumed, the channel's
     * uploads since it opened are searched for the video before any new insert ({@value #UNRESERVED_UNITS}: the units
     * of calls the claim did not reserve). The id is logged the moment it arrives.
     */
    private String send(VideoJob job, Target target, YoutubeAccess access, Message message) throws IOException {
        long size = Files.size(target.file());
        String sessionUri = (String) target.row().get("upload_session_uri");
        if (sessionUri != null) {
            ResumableSession session = new ResumableSession(sessionUri, access);
            ResumableSession.Status status = session.status(size);
            if (status.video() != null) {
                return arrived(job, target, status.video().getId(), "its upload session had all of it");
            }
            if (!status.expired()) {
                log.info("Job {}: resuming the YouTube upload of {} at byte {} of {}", job.id(), target.name(), status.nextByte(), size);
                return arrived(job, target, session.sendFrom(target.file(), status.nextByte(), chunkBytes, target.session()::confirmed)
                        .getId(), "resumed upload complete");
            }
        }
        OffsetDateTime firstSession = Timestamps.utc(target.row().get("upload_session_opened_at"));
        if (firstSession != null) {
            log.info("Job {}: the YouTube upload session of {} can no longer be resumed; looking for it among the "
                    + "channel's uploads since {}", job.id(), target.name(), firstSession);
            EarlierUploads.Search search = EarlierUploads.find(authorization.client(access.credential()), target.reference(), firstSession);
            int searchUnits = search.channelsListCalls() * quota.channelsList() + search.playlistItemsListCalls() * quota.playlistItemsList();
            message.setHeader(UNRESERVED_UNITS, searchUnits);
            if (search.videoId().isPresent()) {
                return arrived(job, target, search.videoId().get(), "found among the channel's uploads, adopted: no second upload");
            }
            target.session().expired();
            // The claim reserved no insert for an upload whose session was open.
            message.setHeader(UNRESERVED_UNITS, searchUnits + (sessionUri != null ? quota.videosInsert() : 0));
        }
        return arrived(job, target, insert(target, size, access).getId(), "upload complete");
    }

    /** Logged before anything is written, so the id is known even if the write never happens. */
    private static String arrived(VideoJob job, Target target, String videoId, String how) {
        log.info("Job {}: YouTube has {} as {} ({})", job.id(), target.name(), videoId, how);
        return videoId;
    }

    public void setThumbnail(@ExchangeProperty("job") VideoJob job, @Header("youtubeVideoId") String videoId,
            @Header("metadata") UploadMetadata metadata, @ExchangeProperty("youtube") YoutubeAccess access) throws IOException {
        YouTube.Thumbnails.Set set = authorization.client(access.credential()).thumbnails()
                .set(videoId, new FileContent("image/jpeg", folders.export(job).resolve(metadata.thumbnailFile()).toFile()));
        set.getMediaHttpUploader().setDirectUploadEnabled(true);
        set.execute();
    }

    /** The playlistItems id of the video's entry in the channel's playlist. */
    public String addToPlaylist(@Header("youtubeVideoId") String videoId, @Header("channel") Map<String, Object> channel,
            @ExchangeProperty("youtube") YoutubeAccess access) throws IOException {
        PlaylistItem item = new PlaylistItem().setSnippet(new PlaylistItemSnippet()
                .setPlaylistId((String) channel.get("youtube_playlist_id"))
                .setResourceId(new ResourceId().setKind("youtube#video").setVideoId(videoId)));
        return authorization.client(access.credential()).playlistItems().insert(List.of("snippet"), item).execute().getId();
    }

    private Video insert(Target target, long size, YoutubeAccess access) throws IOException {
        YouTube client = authorization.client(request -> {
            access.credential().initialize(request);
            request.setResponseInterceptor(response -> {
                String session = response.getHeaders().getLocation();
                if (isInitiation(response.getRequest()) && response.isSuccessStatusCode() && session != null) {
                    target.session().opened(session, size);
                }
            });
        });
        YouTube.Videos.Insert insert = client.videos().insert(parts(target.resource()), target.resource(),
                new FileContent("video/mp4", target.file().toFile()));
        MediaHttpUploader uploader = insert.getMediaHttpUploader();
        uploader.setDirectUploadEnabled(false);
        uploader.setChunkSize(chunkBytes);
        uploader.setProgressListener(state -> {
            if (state.getUploadState() == MediaHttpUploader.UploadState.MEDIA_IN_PROGRESS) {
                target.session().confirmed(state.getNumBytesUploaded());
            }
        });
        return insert.execute();
    }

    /** YouTube keeps only the parts the request names: localizations are one when the video has any. */
    private static List<String> parts(Video resource) {
        return resource.getLocalizations() == null || resource.getLocalizations().isEmpty() ? List.of("snippet", "status")
                : List.of("snippet", "status", "localizations");
    }

    private static boolean isInitiation(HttpRequest request) {
        return "POST".equals(request.getRequestMethod()) && "resumable".equals(request.getUrl().getFirst("uploadType"));
    }
}
