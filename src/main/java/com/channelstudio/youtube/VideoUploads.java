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
import java.util.List;
import java.util.Map;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The upload stage's calls: the package's metadata, the video (a resumable upload with the official client, or the
 * rest of a session an earlier attempt opened), its thumbnail, and its entry in the channel's playlist.
 */
@Component("videoUploads")
public class VideoUploads {

    private static final Logger log = LoggerFactory.getLogger(VideoUploads.class);

    private final JobFolders folders;
    private final ObjectMapper json;
    private final YoutubeAuthorization authorization;
    private final UploadProgress progress;
    private final int chunkBytes;

    public VideoUploads(JobFolders folders, ObjectMapper json, YoutubeAuthorization authorization,
            UploadProgress progress, StudioProperties properties) {
        this.folders = folders;
        this.json = json;
        this.authorization = authorization;
        this.progress = progress;
        this.chunkBytes = properties.youtube().uploadChunkBytes();
    }

    /** @param upload the claimed row's upload columns ({@code upload_strategy}, {@code scheduled_time}) */
    public UploadMetadata metadata(@ExchangeProperty("job") VideoJob job, @Header("upload") Map<String, Object> upload)
            throws IOException {
        ExportPackage export = json.readValue(folders.export(job).resolve("metadata.json").toFile(), ExportPackage.class);
        return UploadMetadata.of(export, (String) upload.get("upload_strategy"), Timestamps.utc(upload.get("scheduled_time")));
    }

    /** The video's YouTube id, once YouTube has all of it; a session an earlier attempt opened is resumed, never repeated. */
    public String upload(@ExchangeProperty("job") VideoJob job, @Header("upload") Map<String, Object> upload,
            @Header("metadata") UploadMetadata metadata, @Header("channel") Map<String, Object> channel,
            @ExchangeProperty("youtube") YoutubeAccess access) throws IOException {
        Path video = folders.export(job).resolve(metadata.videoFile());
        long size = Files.size(video);
        String sessionUri = (String) upload.get("upload_session_uri");
        if (sessionUri != null) {
            ResumableSession session = new ResumableSession(sessionUri, access);
            ResumableSession.Status status = session.status(size);
            if (status.video() != null) {
                return status.video().getId();
            }
            if (!status.expired()) {
                log.info("Job {}: resuming its YouTube upload at byte {} of {}", job.id(), status.nextByte(), size);
                return session.sendFrom(video, status.nextByte(), chunkBytes, bytes -> progress.confirmed(job, bytes)).getId();
            }
            log.info("Job {}: its YouTube upload session expired; uploading anew", job.id());
            progress.sessionExpired(job);
        }
        return insert(job, metadata.video(UploadOptions.of(channel)), video, size, access).getId();
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
