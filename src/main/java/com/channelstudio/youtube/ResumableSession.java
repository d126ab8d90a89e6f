package com.channelstudio.youtube;

import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.EmptyContent;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpContent;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.youtube.model.Video;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/**
 * YouTube's resumable protocol for a session opened earlier (by this or another instance): ask it how much
 * arrived ({@code PUT} with {@code Content-Range: bytes *}{@code /size}) and send only the rest, a chunk at a time.
 */
final class ResumableSession {

    private static final int RESUME_INCOMPLETE = 308;

    private final String uri;
    private final YoutubeAccess access;

    ResumableSession(String uri, YoutubeAccess access) {
        this.uri = uri;
        this.access = access;
    }

    /** What the session holds: the finished video, the next byte it needs, or that it expired. */
    record Status(Video video, long nextByte, boolean expired) {}

    Status status(long size) throws IOException {
        HttpRequest query = request(new EmptyContent());
        query.getHeaders().setContentRange("bytes */" + size);
        return answer(query.execute());
    }

    /** Sends the file from {@code from} on; {@code confirmed} hears each offset YouTube acknowledges. */
    Video sendFrom(Path file, long from, int chunkBytes, LongConsumer confirmed) throws IOException {
        long size = Files.size(file);
        long next = from;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(from);
            while (true) {
                byte[] chunk = in.readNBytes((int) Math.min(chunkBytes, size - next));
                HttpRequest put = request(new ByteArrayContent(null, chunk));
                put.getHeaders().setContentRange("bytes " + next + "-" + (next + chunk.length - 1) + "/" + size);
                Status status = answer(put.execute());
                if (status.video() != null) {
                    return status.video();
                }
                if (status.expired()) {
                    throw new IOException("the upload session expired while sending; the next attempt opens a new one");
                }
                if (status.nextByte() != next + chunk.length) {
                    return sendFrom(file, status.nextByte(), chunkBytes, confirmed);
                }
                next = status.nextByte();
                confirmed.accept(next);
            }
        }
    }

    private HttpRequest request(HttpContent content) throws IOException {
        HttpRequest request = access.requests().buildPutRequest(new GenericUrl(uri), content);
        request.setThrowExceptionOnExecuteError(false);
        request.setParser(access.json().createJsonObjectParser());
        return request;
    }

    private Status answer(HttpResponse response) throws IOException {
        int code = response.getStatusCode();
        if (code == 200 || code == 201) {
            return new Status(response.parseAs(Video.class), -1, false);
        }
        if (code == RESUME_INCOMPLETE) {
            response.disconnect();
            String range = response.getHeaders().getRange();
            return new Status(null, range == null ? 0 : Long.parseLong(range.substring(range.indexOf('-') + 1)) + 1, false);
        }
        if (code == 404 || code == 410) {
            response.disconnect();
            return new Status(null, 0, true);
        }
        throw GoogleJsonResponseException.from(access.json(), response);
    }
}
