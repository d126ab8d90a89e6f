package com.channelstudio.support;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

/**
 * Google's side of an upload, as the YouTube Data API's documentation describes it: the OAuth token endpoint, channels.list,
 * the resumable videos.insert (a POST answering {@code Location}, PUTs of chunks answered 308 with {@code Range} and
 * finally 200 with the video resource, the {@code bytes *}{@code /N} status query), thumbnails.set and
 * playlistItems.insert, with the error
 * bodies Google sends, and the YouTube Analytics API's reports.query. It keeps what arrived, so tests assert on what YouTube would hold. A test gives one video
 * (by a marker in its title) its own trouble with {@link #script}.
 */
public final class FakeYoutube implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "fake-youtube";
    public static final String CLIENT_ID = "studio-test.apps.googleusercontent.com";
    public static final String CLIENT_SECRET = "GOCSPX-client-SECRET-1234";
    /** Google's consent page. */
    public static final String AUTHORIZE_PATH = "/o/oauth2/v2/auth";
    /** The studio's registered redirect URI, as the operator's browser reaches it (through a TLS proxy). */
    public static final String REDIRECT_URI = "https://studio.example.test/oauth/youtube/callback";
    /**
     * The cookie of Google's own session in the browser: which Google account (named by the refresh token a consent
     * gives) is signed in; {@code deny} declines the consent.
     */
    public static final String ACCOUNT_COOKIE = "fake-google-account";

    /** What goes wrong for a video whose title holds the marker. */
    public enum Trouble {
        /** The second chunk is cut half-way: half of it arrives, then the connection resets. */
        CUT_SECOND_CHUNK,
        /** The second chunk is answered 503 and nothing of it is kept. */
        UNAVAILABLE_SECOND_CHUNK,
        /** The first thumbnails.set is answered 500. */
        THUMBNAIL_FAILS_ONCE,
        /** The first playlistItems.insert is answered 503. */
        PLAYLIST_FAILS_ONCE,
        /** The insert is refused: the project's daily quota is spent. */
        QUOTA_EXCEEDED,
        /** The insert is refused: the channel's upload cap. */
        UPLOAD_LIMIT_EXCEEDED
    }

    /** One video's session as YouTube holds it. */
    public static final class Upload {
        public final String title;
        public final ObjectNode metadata;
        public final ByteArrayOutputStream received = new ByteArrayOutputStream();
        public final List<String> contentRanges = new ArrayList<>();
        public final AtomicInteger statusQueries = new AtomicInteger();
        public final AtomicInteger thumbnails = new AtomicInteger();
        /** playlistItems.insert calls for the video, refused ones too, and the playlists it was added to. */
        public final AtomicInteger playlistInserts = new AtomicInteger();
        public final List<String> playlists = new java.util.concurrent.CopyOnWriteArrayList<>();
        public volatile String videoId;
        public volatile byte[] thumbnail;
        final AtomicInteger chunks = new AtomicInteger();
        /** The refresh token of the account that uploaded it. */
        final String account;
        volatile java.time.Instant publishedAt;
        volatile boolean sessionGone;

        Upload(String title, ObjectNode metadata, String account) {
            this.title = title;
            this.metadata = metadata;
            this.account = account;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Trouble> scripts = new ConcurrentHashMap<>();
    private static final Map<String, Upload> sessions = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> initiations = new ConcurrentHashMap<>();
    private static final Map<String, String> accessTokens = new ConcurrentHashMap<>();
    private static final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private static final Map<String, Runnable> refusing = new ConcurrentHashMap<>();
    /** Refresh tokens given by a later consent of the same account: token → the account's first token. */
    private static final Map<String, String> accounts = new ConcurrentHashMap<>();
    private static final Set<String> monetised = ConcurrentHashMap.newKeySet();
    private static final Map<String, Integer> viewsAdded = new ConcurrentHashMap<>();
    private static final AtomicInteger ids = new AtomicInteger();
    private static final AtomicInteger uploadListings = new AtomicInteger();
    /** Authorisation codes given and not yet exchanged: code → [code challenge, redirect URI, refresh token]. */
    private static final Map<String, List<String>> codes = new ConcurrentHashMap<>();

    public static void script(String marker, Trouble trouble) {
        scripts.put(marker, trouble);
    }

    /** The trouble is over (e.g. the quota was reset). */
    public static void unscript(String marker) {
        scripts.remove(marker);
    }

    /** Runs {@code meanwhile} the moment Google refuses this revoked token, before its answer leaves. */
    public static void whenRefused(String refreshToken, Runnable meanwhile) {
        refusing.put(refreshToken, meanwhile);
    }

    /** The account's owner revokes the token (or it expires): Google answers invalid_grant from now on. */
    public static void revoke(String refreshToken) {
        revoked.add(refreshToken);
    }

    /** The channel of this token's account is in the Partner Program: its reports may hold estimatedRevenue. */
    public static void monetise(String refreshToken) {
        monetised.add(refreshToken);
    }

    /** The video was watched more since: every day of its reports counts {@code views} more. */
    public static void watchMore(String videoId, int views) {
        viewsAdded.merge(videoId, views, Integer::sum);
    }

    /** A video's views on a day, as its reports say. */
    public static int views(String videoId, LocalDate day) {
        return Math.floorMod(videoId.hashCode(), 200) + day.getDayOfMonth() + viewsAdded.getOrDefault(videoId, 0);
    }

    /** Minutes watched: three per view. */
    public static int minutesWatched(String videoId, LocalDate day) {
        return 3 * views(videoId, day);
    }

    /** Estimated revenue in USD: 0.4 cents per view. */
    public static double revenue(String videoId, LocalDate day) {
        return views(videoId, day) * 0.004;
    }

    /** Every insert (session initiation) YouTube was sent for videos whose title holds the marker, refused ones too. */
    public static int inserts(String marker) {
        return initiations.entrySet().stream().filter(e -> e.getKey().contains(marker)).mapToInt(e -> e.getValue().get()).sum();
    }

    public static List<Upload> uploads(String marker) {
        return sessions.values().stream().filter(upload -> upload.title.contains(marker)).toList();
    }

    /** The YouTube channel a refresh token's Google account owns. */
    public static String channelOf(String refreshToken) {
        String account = accounts.getOrDefault(refreshToken, refreshToken);
        return "UC" + UUID.nameUUIDFromBytes(account.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "").substring(0, 22);
    }

    /** The account's owner consents again: Google gives a new refresh token of the same account. */
    public static String anotherTokenOf(String refreshToken) {
        String another = refreshToken + "-again-" + UUID.randomUUID();
        accounts.put(another, accounts.getOrDefault(refreshToken, refreshToken));
        return another;
    }

    public static String accessTokenFor(String refreshToken) {
        return "ya29.access-SECRET-" + Integer.toHexString(refreshToken.hashCode());
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Request request = event.getRequest();
        String path = request.getUrl().replaceAll("\\?.*", "");
        if (path.equals("/token")) {
            return token(form(request.getBodyAsString()));
        }
        if (path.equals(AUTHORIZE_PATH)) {
            return consent(request);
        }
        String refreshToken = accessTokens.get(request.getHeader("Authorization").replace("Bearer ", ""));
        if (refreshToken == null) {
            return error(401, "authError", "Request had invalid authentication credentials.");
        }
        return switch (request.getMethod().getName() + " " + path) {
            case "GET /youtube/v3/channels" -> json(200, "{\"kind\":\"youtube#channelListResponse\",\"pageInfo\":{\"totalResults\":1},"
                    + "\"items\":[{\"kind\":\"youtube#channel\",\"id\":\"" + channelOf(refreshToken) + "\",\"snippet\":{\"title\":\"Test\"},"
                    + "\"contentDetails\":{\"relatedPlaylists\":{\"likes\":\"\",\"uploads\":\"" + uploadsPlaylistOf(refreshToken) + "\"}}}]}");
            case "GET /youtube/v3/playlistItems" -> uploadsPage(request, refreshToken);
            case "POST /upload/youtube/v3/videos" -> initiate(request, refreshToken);
            case "PUT /upload/youtube/v3/videos" -> chunk(request);
            case "POST /upload/youtube/v3/thumbnails/set" -> thumbnail(request);
            case "GET /v2/reports" -> report(request, refreshToken);
            case "POST /youtube/v3/playlistItems" -> playlistItem(request);
            default -> error(404, "notFound", "Not Found");
        };
    }

    /**
     * The consent page, with the owner signed in and consenting at once: back to the redirect URI with a code for
     * the account (or {@code error=access_denied}), as Google answers once the owner clicks Allow (or Cancel).
     */
    private static ResponseDefinition consent(Request request) {
        Map<String, String> query = new ConcurrentHashMap<>();
        for (String name : List.of("response_type", "client_id", "redirect_uri", "scope", "access_type", "prompt", "state",
                "code_challenge", "code_challenge_method")) {
            if (!request.queryParameter(name).isPresent()) {
                return responseDefinition().withStatus(400).withBody("Error 400: invalid_request. Missing required parameter: " + name).build();
            }
            query.put(name, request.queryParameter(name).firstValue());
        }
        if (!CLIENT_ID.equals(query.get("client_id"))) {
            return responseDefinition().withStatus(401).withBody("Error 401: invalid_client. The OAuth client was not found.").build();
        }
        if (!REDIRECT_URI.equals(query.get("redirect_uri"))) {
            return responseDefinition().withStatus(400).withBody("Error 400: redirect_uri_mismatch").build();
        }
        if (!query.get("response_type").equals("code") || !query.get("code_challenge_method").equals("S256")) {
            return responseDefinition().withStatus(400).withBody("Error 400: invalid_request").build();
        }
        com.github.tomakehurst.wiremock.http.Cookie account = request.getCookies().get(ACCOUNT_COOKIE);
        if (account == null) {
            return responseDefinition().withStatus(200).withBody("<html>Sign in - Google Accounts</html>").build();
        }
        String back = REDIRECT_URI + "?state=" + encode(query.get("state"));
        if (account.getValue().equals("deny")) {
            return responseDefinition().withStatus(302).withHeader("Location", back + "&error=access_denied").build();
        }
        String code = "4/0Ab-SECRET-code-" + UUID.randomUUID();
        codes.put(code, List.of(query.get("code_challenge"), query.get("redirect_uri"), account.getValue()));
        return responseDefinition().withStatus(302).withHeader("Location", back + "&code=" + encode(code) + "&scope="
                + encode(query.get("scope")) + "&authuser=0&prompt=consent").build();
    }

    private static ResponseDefinition token(Map<String, String> form) {
        if (!CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
            return json(401, "{\"error\":\"invalid_client\",\"error_description\":\"Unauthorized\"}");
        }
        if ("authorization_code".equals(form.get("grant_type"))) {
            return exchange(form);
        }
        String refreshToken = form.get("refresh_token");
        if (!"refresh_token".equals(form.get("grant_type")) || refreshToken == null || revoked.contains(refreshToken)) {
            Optional.ofNullable(refreshToken).map(refusing::remove).ifPresent(Runnable::run);
            return json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Token has been expired or revoked.\"}");
        }
        String access = accessTokenFor(refreshToken);
        accessTokens.put(access, refreshToken);
        return json(200, "{\"access_token\":\"" + access + "\",\"expires_in\":3599,\"scope\":\"https://www.googleapis.com/auth/youtube.upload\","
                + "\"token_type\":\"Bearer\"}");
    }

    /** A consent's code for the account's tokens: once, with the redirect URI it was given for and the PKCE verifier. */
    private static ResponseDefinition exchange(Map<String, String> form) {
        List<String> given = form.get("code") == null ? null : codes.remove(form.get("code"));
        if (given == null) {
            return json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Malformed auth code.\"}");
        }
        if (!given.get(1).equals(form.get("redirect_uri"))) {
            return json(400, "{\"error\":\"redirect_uri_mismatch\",\"error_description\":\"Bad Request\"}");
        }
        String verifier = form.get("code_verifier");
        if (verifier == null) {
            return json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Missing code verifier.\"}");
        }
        if (!given.get(0).equals(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier)))) {
            return json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid code verifier.\"}");
        }
        String refreshToken = given.get(2);
        String access = accessTokenFor(refreshToken);
        accessTokens.put(access, refreshToken);
        return json(200, "{\"access_token\":\"" + access + "\",\"expires_in\":3599,\"refresh_token\":\"" + refreshToken
                + "\",\"scope\":\"https://www.googleapis.com/auth/youtube.upload https://www.googleapis.com/auth/youtube.readonly\","
                + "\"token_type\":\"Bearer\"}");
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The channel's uploads playlist: its videos, newest first, two to a page (so that a search turns pages). */
    private static ResponseDefinition uploadsPage(Request request, String refreshToken) {
        String playlist = request.queryParameter("playlistId").firstValue();
        if (!playlist.equals(uploadsPlaylistOf(refreshToken))) {
            return error(404, "playlistNotFound", "The playlist identified with the request's playlistId parameter cannot be found.");
        }
        uploadListings.incrementAndGet();
        List<Upload> videos = sessions.values().stream()
                .filter(upload -> upload.videoId != null && channelOf(upload.account).equals(channelOf(refreshToken)))
                .sorted(java.util.Comparator.comparing((Upload upload) -> upload.publishedAt).reversed()).toList();
        int from = request.queryParameter("pageToken").isPresent() ? Integer.parseInt(request.queryParameter("pageToken").firstValue()) : 0;
        ObjectNode page = JSON.createObjectNode().put("kind", "youtube#playlistItemListResponse");
        ArrayNode items = page.putArray("items");
        for (Upload upload : videos.subList(Math.min(from, videos.size()), Math.min(from + 2, videos.size()))) {
            ObjectNode snippet = items.addObject().put("kind", "youtube#playlistItem").put("id", "UExp-" + upload.videoId)
                    .putObject("snippet");
            snippet.put("publishedAt", upload.publishedAt.toString()).put("playlistId", playlist)
                    .put("title", upload.title).put("description", upload.metadata.path("snippet").path("description").asText());
            snippet.putObject("resourceId").put("kind", "youtube#video").put("videoId", upload.videoId);
        }
        if (from + 2 < videos.size()) {
            page.put("nextPageToken", String.valueOf(from + 2));
        }
        return json(200, page.toString());
    }

    private static String uploadsPlaylistOf(String refreshToken) {
        return "UU" + channelOf(refreshToken).substring(2);
    }

    /** How many pages of uploads playlists were read. */
    public static int uploadListings() {
        return uploadListings.get();
    }

    /** YouTube forgets the upload sessions of the marker's videos (they last about a week); the videos stay. */
    public static void forgetSessions(String marker) {
        uploads(marker).forEach(upload -> upload.sessionGone = true);
    }

    private static ResponseDefinition initiate(Request request, String refreshToken) {
        ObjectNode metadata = jsonBody(request);
        if (metadata == null) {
            return error(400, "parseError", "Parse Error");
        }
        // YouTube keeps only the parts the request names, and localizes only a video whose default language it knows.
        List<String> parts = request.queryParameter("part").values().stream().flatMap(part -> java.util.Arrays.stream(part.split(",")))
                .toList();
        if (parts.isEmpty()) {
            return error(400, "required", "Required parameter: part");
        }
        metadata.retain(parts);
        if (metadata.has("localizations") && !metadata.path("snippet").has("defaultLanguage")) {
            return googleError(400, "youtube.video", "defaultLanguageNotSet", "The request is trying to add localized video "
                    + "details without specifying the default language of the video details.");
        }
        String title = metadata.path("snippet").path("title").asText();
        initiations.computeIfAbsent(title, t -> new AtomicInteger()).incrementAndGet();
        String publishAt = metadata.path("status").path("publishAt").asText(null);
        if (publishAt != null && java.time.OffsetDateTime.parse(publishAt).toInstant().isBefore(java.time.Instant.now())) {
            return googleError(400, "youtube.video", "invalidPublishAt", "The request metadata specifies an invalid scheduled publishing time.");
        }
        Trouble trouble = trouble(title);
        if (trouble == Trouble.QUOTA_EXCEEDED) {
            return googleError(403, "youtube.quota", "quotaExceeded",
                    "The request cannot be completed because you have exceeded your <a href=\"/youtube/v3/getting-started#quota\">quota</a>.");
        }
        if (trouble == Trouble.UPLOAD_LIMIT_EXCEEDED) {
            return googleError(400, "youtube.video", "uploadLimitExceeded", "The user has exceeded the number of videos they may upload.");
        }
        String session = "session-" + ids.incrementAndGet();
        sessions.put(session, new Upload(title, metadata, refreshToken));
        return responseDefinition().withStatus(200).withHeader("Location", base(request)
                + "/upload/youtube/v3/videos?uploadType=resumable&upload_id=" + session).build();
    }

    private static ResponseDefinition chunk(Request request) {
        Upload upload = sessions.get(request.queryParameter("upload_id").firstValue());
        if (upload == null || upload.sessionGone) {
            return error(404, "notFound", "Not Found");
        }
        String range = request.getHeader("Content-Range");
        synchronized (upload) {
            upload.contentRanges.add(range);
            long total = Long.parseLong(range.substring(range.indexOf('/') + 1));
            if (range.startsWith("bytes */")) {
                upload.statusQueries.incrementAndGet();
                return state(upload, total);
            }
            long first = Long.parseLong(range.substring(6, range.indexOf('-')));
            byte[] bytes = request.getBody();
            if (first != upload.received.size()) {
                return state(upload, total);
            }
            int chunk = upload.chunks.incrementAndGet();
            Trouble trouble = trouble(upload.title);
            if (chunk == 2 && trouble == Trouble.CUT_SECOND_CHUNK) {
                upload.received.write(bytes, 0, bytes.length / 2);
                return responseDefinition().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
            }
            if (chunk == 2 && trouble == Trouble.UNAVAILABLE_SECOND_CHUNK) {
                return error(503, "backendError", "Backend Error");
            }
            upload.received.write(bytes, 0, bytes.length);
            return state(upload, total);
        }
    }

    private static ResponseDefinition state(Upload upload, long total) {
        if (upload.received.size() < total) {
            return upload.received.size() == 0 ? responseDefinition().withStatus(308).build()
                    : responseDefinition().withStatus(308).withHeader("Range", "bytes=0-" + (upload.received.size() - 1)).build();
        }
        if (upload.videoId == null) {
            upload.videoId = UUID.randomUUID().toString().substring(0, 11);
            upload.publishedAt = java.time.Instant.now();
        }
        ObjectNode video = upload.metadata.deepCopy();
        video.put("kind", "youtube#video").put("id", upload.videoId);
        ((ObjectNode) video.path("status")).put("uploadStatus", "uploaded");
        return json(200, video.toString());
    }

    private static ResponseDefinition thumbnail(Request request) {
        String videoId = request.queryParameter("videoId").firstValue();
        Upload upload = sessions.values().stream().filter(u -> videoId.equals(u.videoId)).findFirst().orElse(null);
        if (upload == null) {
            return error(404, "videoNotFound", "The video that you are trying to update cannot be found.");
        }
        if (upload.thumbnails.incrementAndGet() == 1 && trouble(upload.title) == Trouble.THUMBNAIL_FAILS_ONCE) {
            return error(500, "backendError", "Backend Error");
        }
        upload.thumbnail = request.getBody();
        return json(200, "{\"kind\":\"youtube#thumbnailSetResponse\",\"items\":[{\"default\":{\"url\":\"https://i.ytimg.com/vi/"
                + videoId + "/default.jpg\",\"width\":120,\"height\":90}}]}");
    }

    /**
     * The Analytics API's reports.query for one video by day: a result table whose columns are the dimension and
     * the metrics asked for, in that order; revenue only for a monetised channel (403 forbidden otherwise).
     */
    private static ResponseDefinition report(Request request, String refreshToken) {
        Map<String, String> query = new ConcurrentHashMap<>();
        for (String name : List.of("ids", "startDate", "endDate", "metrics", "dimensions", "filters")) {
            if (!request.queryParameter(name).isPresent()) {
                return googleError(400, "global", "required", "Required parameter: " + name);
            }
            query.put(name, request.queryParameter(name).firstValue());
        }
        List<String> metrics = List.of(query.get("metrics").split(","));
        if (!query.get("ids").equals("channel==MINE") || !query.get("dimensions").equals("day")
                || !query.get("filters").startsWith("video==")
                || !List.of("views", "estimatedMinutesWatched", "estimatedRevenue").containsAll(metrics)) {
            return googleError(400, "global", "badRequest", "Unknown identifier or query not supported by this stub: " + query);
        }
        if (metrics.contains("estimatedRevenue") && !monetised.contains(refreshToken)) {
            return error(403, "forbidden", "Forbidden");
        }
        String videoId = query.get("filters").substring("video==".length());
        ObjectNode table = JSON.createObjectNode().put("kind", "youtubeAnalytics#resultTable");
        ArrayNode headers = table.putArray("columnHeaders");
        headers.addObject().put("name", "day").put("columnType", "DIMENSION").put("dataType", "STRING");
        metrics.forEach(metric -> headers.addObject()
                .put("name", metric).put("columnType", "METRIC")
                .put("dataType", metric.equals("estimatedRevenue") ? "FLOAT" : "INTEGER"));
        ArrayNode rows = table.putArray("rows");
        for (LocalDate day = LocalDate.parse(query.get("startDate")); !day.isAfter(LocalDate.parse(query.get("endDate"))); day = day.plusDays(1)) {
            ArrayNode row = rows.addArray().add(day.toString());
            for (String metric : metrics) {
                switch (metric) {
                    case "views" -> row.add(views(videoId, day));
                    case "estimatedMinutesWatched" -> row.add(minutesWatched(videoId, day));
                    default -> row.add(revenue(videoId, day));
                }
            }
        }
        return json(200, table.toString());
    }

    /** playlistItems.insert (part=snippet): the video into the playlist, answered with the playlistItem resource. */
    private static ResponseDefinition playlistItem(Request request) {
        ObjectNode item = jsonBody(request);
        if (item == null) {
            return error(400, "parseError", "Parse Error");
        }
        if (!request.queryParameter("part").values().contains("snippet")) {
            return googleError(400, "global", "required", "Required parameter: part");
        }
        String playlistId = item.path("snippet").path("playlistId").asText();
        JsonNode resource = item.path("snippet").path("resourceId");
        String videoId = resource.path("videoId").asText();
        Upload upload = sessions.values().stream().filter(u -> videoId.equals(u.videoId)).findFirst().orElse(null);
        if (upload == null || !"youtube#video".equals(resource.path("kind").asText())) {
            return googleError(404, "youtube.playlistItem", "videoNotFound", "The video that you are trying to add to the playlist cannot be found.");
        }
        if (upload.playlistInserts.incrementAndGet() == 1 && trouble(upload.title) == Trouble.PLAYLIST_FAILS_ONCE) {
            return error(503, "backendError", "Backend Error");
        }
        if (!playlistId.startsWith("PL")) {
            return googleError(404, "youtube.playlistItem", "playlistNotFound", "The playlist identified with the request's "
                    + "playlistId parameter cannot be found.");
        }
        upload.playlists.add(playlistId);
        ObjectNode answer = item.deepCopy();
        answer.put("kind", "youtube#playlistItem").put("id", "UExp-" + UUID.randomUUID());
        ((ObjectNode) answer.path("snippet")).put("position", upload.playlists.size() - 1);
        return json(200, answer.toString());
    }

    private static Trouble trouble(String title) {
        return scripts.entrySet().stream().filter(e -> title.contains(e.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** The request's JSON object, or null if it is none. */
    private static ObjectNode jsonBody(Request request) {
        try {
            return JSON.readTree(body(request)) instanceof ObjectNode object ? object : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String body(Request request) throws IOException {
        byte[] body = request.getBody();
        // the client gzips JSON bodies; WireMock may have unpacked it already
        if (body.length > 2 && body[0] == (byte) 0x1f && body[1] == (byte) 0x8b) {
            body = new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private static String base(Request request) {
        String url = request.getAbsoluteUrl();
        return url.substring(0, url.indexOf('/', url.indexOf("//") + 2));
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new ConcurrentHashMap<>();
        Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2)).filter(pair -> pair.length == 2)
                .forEach(pair -> form.put(pair[0], URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
        return form;
    }

    private static ResponseDefinition googleError(int status, String domain, String reason, String message) {
        try {
            ObjectNode error = JSON.createObjectNode();
            ObjectNode inner = error.putObject("error").put("code", status).put("message", message);
            inner.putArray("errors").addObject().put("domain", domain).put("reason", reason).put("message", message);
            return json(status, JSON.writeValueAsString(error));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseDefinition error(int status, String reason, String message) {
        return googleError(status, "global", reason, message);
    }

    private static ResponseDefinition json(int status, String body) {
        return responseDefinition().withStatus(status).withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(body).build();
    }
}
