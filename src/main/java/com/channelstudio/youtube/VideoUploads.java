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
 * rest of a session an earlier attempt opened), its thumbnail, and its entry in the channel's playlist.
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

    public VideoUploads(JobFolders folders, ObjectMapper json, YoutubeAuthorization authorization,
            UploadProgress progress, StudioProperties properties) {
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
     * The video's YouTube id, once YouTube has all of it; a session an earlier attempt opened is resumed, never repeated,
     * and if it can no longer be resumed, the channel's uploads since it opened are searched for the video before any
     * new insert ({@value #UNRESERVED_UNITS}: the units of calls the claim did not reserve). The id is logged the moment
     * it arrives.
     */
    public String upload(@ExchangeProperty("job") VideoJob job, @Header("upload") Map<String, Object> upload,
            @Header("metadata") UploadMetadata metadata, @Header("channel") Map<String, Object> channel,
            @ExchangeProperty("youtube") YoutubeAccess access, Message message) throws IOException {
        Path video = folders.export(job).resolve(metadata.videoFile());
        long size = Files.size(video);
        String sessionUri = (String) upload.get("upload_session_uri");
        if (sessionUri != null) {
            ResumableSession session = new ResumableSession(sessionUri, access);
            ResumableSession.Status status = session.status(size);
            if (status.video() != null) {
                return arrived(job, status.video().getId(), "its upload session had all of it");
            }
            if (!status.expired()) {
                log.info("Job {}: resuming its YouTube upload at byte {} of {}", job.id(), status.nextByte(), size);
                return arrived(job, session.sendFrom(video, status.nextByte(), chunkBytes, bytes -> progress.confirmed(job, bytes))
                        .getId(), "resumed upload complete");
            }
        }
        OffsetDateTime firstSession = Timestamps.utc(upload.get("upload_session_opened_at"));
        if (firstSession != null) {
            log.info("Job {}: its YouTube upload session can no longer be resumed; looking for the video among the "
                    + "channel's uploads since {}", job.id(), firstSession);
            EarlierUploads.Search search = EarlierUploads.find(authorization.client(access.credential()), job, firstSession);
            int searchUnits = search.channelsListCalls() * quota.channelsList() + search.playlistItemsListCalls() * quota.playlistItemsList();
            message.setHeader(UNRESERVED_UNITS, searchUnits);
            if (search.videoId().isPresent()) {
                return arrived(job, search.videoId().get(), "found among the channel's uploads, adopted: no second upload");
            }
            progress.sessionExpired(job);
            // The claim reserved no insert for a job whose session was open.
            message.setHeader(UNRESERVED_UNITS, searchUnits + (sessionUri != null ? quota.videosInsert() : 0));
        }
        return arrived(job, insert(job, metadata.video(UploadOptions.of(channel), job.id()), video, size, access).getId(),
                "upload complete");
    }

    /** Logged before anything is written, so the id is known even if the write never happens. */
    private static String arrived(VideoJob job, String videoId, String how) {
        log.info("Job {}: YouTube has the video as {} ({})", job.id(), videoId, how);
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

    private Video insert(VideoJob job, Video resource, Path video, long size, YoutubeAccess access) throws IOException {
        YouTube client = authorization.client(request -> {
            access.credential().initialize(request);
            request.setResponseInterceptor(response -> {
                String session = response.getHeaders().getLocation();
                if (isInitiation(response.getRequest()) && response.isSuccessStatusCode() && session != null) {
                    progress.sessionOpened(job, session, size);
                }
            });
        });
        YouTube.Videos.Insert insert = client.videos().insert(List.of("snippet", "status"), resource,
                new FileContent("video/mp4", video.toFile()));
        MediaHttpUploader uploader = insert.getMediaHttpUploader();
        uploader.setDirectUploadEnabled(false);
        uploader.setChunkSize(chunkBytes);
        uploader.setProgressListener(state -> {
            if (state.getUploadState() == MediaHttpUploader.UploadState.MEDIA_IN_PROGRESS) {
                progress.confirmed(job, state.getNumBytesUploaded());
            }
        });
        return insert.execute();
    }

    private static boolean isInitiation(HttpRequest request) {
        return "POST".equals(request.getRequestMethod()) && "resumable".equals(request.getUrl().getFirst("uploadType"));
    }
}
