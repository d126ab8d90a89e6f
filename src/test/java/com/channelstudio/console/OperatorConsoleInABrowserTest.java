package com.channelstudio.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.images.painter.Painter;
import com.channelstudio.music.synth.Synthesizer;
import com.channelstudio.timeline.TimelineFactory;
import com.channelstudio.support.Assets;
import com.channelstudio.support.Jobs;
import com.channelstudio.support.OnThePath;
import com.channelstudio.support.PromptsJson;
import com.channelstudio.support.StudioTest;
import com.channelstudio.support.TestOutput;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The operator console driven by headless Chromium (Debian's {@code chromium} and {@code chromium-driver},
 * which {@code .ci/run} installs), on the studio the other tests share. A screenshot of each page goes to
 * {@code target/console-screenshots/} for a person to look at.
 */
@Tag("browser")
@StudioTest
class OperatorConsoleInABrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/console-screenshots");
    private static final Duration JOB_LIMIT = Duration.ofMinutes(4);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Synthesizer synthesizer;

    @Autowired
    Painter painter;

    @Autowired
    TimelineFactory timelines;

    WebDriver browser;

    @BeforeEach
    void openChromium() {
        ChromeOptions options = new ChromeOptions().setBinary(installed("chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--mute-audio",
                        "--autoplay-policy=no-user-gesture-required", "--window-size=1280,1600");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(installed("chromedriver")))
                .build(), options);
    }

    @AfterEach
    void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anUnauthenticatedBrowserIsSentToTheLoginPage() throws IOException {
        browser.get(url("/console/jobs"));

        assertThat(browser.getCurrentUrl()).isEqualTo(url("/login"));
        assertThat(browser.findElements(By.name("password"))).hasSize(1);
        screenshot("login");
        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/login"));
    }

    @Test
    void aChannelAndAJobMadeThroughTheFormsAreWatchedUntilTheVideoPlays() throws IOException {
        logIn();
        String channelName = "Rainy Study " + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.name("name")).sendKeys(channelName);
        browser.findElement(By.name("brand_niche")).sendKeys("Lo-Fi Study Beats");
        submit(browser.findElement(By.cssSelector("#new-channel button")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(channelName);

        WebElement length = browser.findElement(By.cssSelector("#plan-job [name=target_duration_minutes]"));
        browser.findElement(By.cssSelector("#plan-job [name=mood_keywords]")).sendKeys("calm, rainy, warm");
        length.clear();
        length.sendKeys("59");
        submit(browser.findElement(By.cssSelector("#plan-job button")));
        assertThat(browser.findElement(By.cssSelector(".problem")).getText())
                .isEqualTo("target_duration_minutes: must be a whole number of minutes between 60 and 90 (was 59)");
        screenshot("channel-form-refused");
        length = browser.findElement(By.cssSelector("#plan-job [name=target_duration_minutes]"));
        length.clear();
        length.sendKeys("60");
        submit(browser.findElement(By.cssSelector("#plan-job button")));
        assertThat(browser.getCurrentUrl()).as(browser.findElement(By.tagName("main")).getText()).contains("/console/jobs/");
        UUID job = UUID.fromString(browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1));

        List<Long> seen = watchProgressUntilFinished("job-in-progress");
        assertThat(new Jobs(jdbc).status(job)).isEqualTo("completed");
        assertThat(seen).as("the bar's values while the job was made").hasSizeGreaterThanOrEqualTo(3).isSorted().endsWith(100L);

        List<WebElement> images = browser.findElements(By.cssSelector("img.thumbnail"));
        assertThat(images).hasSize(20);
        waitFor("every image loaded",
                "return [...document.querySelectorAll('img.thumbnail')].every(i => i.complete && i.naturalWidth > 0)");
        assertThat(browser.findElements(By.cssSelector("audio.track"))).hasSize(20);
        Map<?, ?> seek = (Map<?, ?>) script().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const audio = document.querySelector('audio.track');
                audio.addEventListener('error', () => done({error: String(audio.error && audio.error.message)}));
                const seek = () => {
                    audio.addEventListener('seeked', () => done({duration: audio.duration, at: audio.currentTime,
                        seekable: audio.seekable.length ? audio.seekable.end(0) : 0}), {once: true});
                    audio.currentTime = audio.duration / 2;
                };
                audio.readyState >= 1 ? seek() : audio.addEventListener('loadedmetadata', seek, {once: true});""");
        assertThat(seek.get("error")).isNull();
        double duration = ((Number) seek.get("duration")).doubleValue();
        assertThat(((Number) seek.get("seekable")).doubleValue()).as("seekable to its end: " + seek).isEqualTo(duration);
        assertThat(((Number) seek.get("at")).doubleValue()).as("the audio seeked to its middle: " + seek)
                .isCloseTo(duration / 2, Offset.offset(0.5));
        Object videoSeconds = script().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const video = document.getElementById('video');
                video.addEventListener('error', () => done('error ' + (video.error && video.error.message)));
                video.readyState >= 1 ? done(video.duration) : video.addEventListener('loadedmetadata', () => done(video.duration));""");
        assertThat(videoSeconds).isInstanceOf(Number.class);
        assertThat(((Number) videoSeconds).doubleValue()).as("the video's duration").isBetween(15.0, 30.0);
        assertThat(browser.findElement(By.cssSelector(".description")).getText()).contains("Tracklist", "0:00");
        assertThat(browser.findElement(By.cssSelector(".render pre")).getAttribute("textContent")).contains("-progress");
        screenshot("job-completed");

        browser.get(url("/console"));
        WebElement card = browser.findElement(By.xpath("//article[.//a[text()='" + channelName + "']]"));
        assertThat(card.getText()).contains("active", "YouTube not connected", "completed 1");
        screenshot("channels");
        submit(card.findElement(By.xpath(".//button[text()='Pause']")));
        card = browser.findElement(By.xpath("//article[.//a[text()='" + channelName + "']]"));
        assertThat(card.getText()).contains("paused");
        assertThat(jdbc.queryForObject("SELECT is_active FROM channels WHERE name = ?", Boolean.class, channelName)).isFalse();
        submit(card.findElement(By.xpath(".//button[text()='Resume']")));
        assertThat(jdbc.queryForObject("SELECT is_active FROM channels WHERE name = ?", Boolean.class, channelName)).isTrue();

        browser.manage().window().setSize(new Dimension(390, 1600));
        browser.get(url("/console/jobs"));
        assertThat((List<?>) script().executeScript("""
                return [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                    .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));"""))
                .as("elements wider than a phone's screen").isEmpty();
        screenshot("jobs-phone");
    }

    @Test
    void aFailedJobsRetryButtonResumesItWhereItFailed() throws IOException {
        Jobs jobs = new Jobs(jdbc);
        Path folder = TestOutput.newFolder();
        UUID job = jobs.parked(PromptsJson.valid(), folder);
        new Assets(jdbc, synthesizer, painter).all(job, folder, timelines.requestedSeconds(3.0));
        Path picture = folder.resolve("images/07.png");
        Path kept = Files.copy(picture, folder.resolve("07.png.kept"));
        Files.writeString(picture, "this is not a picture");
        jdbc.update("UPDATE video_jobs SET status = 'rendering' WHERE id = ?", job);
        assertThat(jobs.awaitFinished(job, JOB_LIMIT)).isEqualTo("failed");
        Files.move(kept, picture, StandardCopyOption.REPLACE_EXISTING);

        logIn();
        browser.get(url("/console/jobs?status=failed"));
        WebElement card = browser.findElement(By.cssSelector("[data-job='" + job + "']"));
        assertThat(card.findElement(By.cssSelector(".error-message")).getText()).startsWith("Stage rendering failed at image 7 of 20");
        screenshot("jobs-failed");
        submit(card.findElement(By.cssSelector("button.retry")));

        assertThat(browser.getCurrentUrl()).isEqualTo(url("/console/jobs/" + job));
        watchProgressUntilFinished("job-retried");
        assertThat(jobs.status(job)).isEqualTo("completed");
        browser.navigate().refresh();
        assertThat(browser.findElements(By.cssSelector(".render .status")).stream().map(WebElement::getText))
                .containsExactly("failed", "completed");
    }

    @Test
    void aChannelAskedForShortsOnItsPageShowsThemAsVerticalPlayersOnTheJobPage() throws IOException {
        Jobs jobs = new Jobs(jdbc);
        Path folder = TestOutput.newFolder();
        UUID job = jobs.parked(PromptsJson.valid(), folder);
        UUID channel = jdbc.queryForObject("SELECT channel_id FROM video_jobs WHERE id = ?", UUID.class, job);
        Assets assets = new Assets(jdbc, synthesizer, painter);
        for (int order = 1; order <= 20; order++) {
            assets.track(job, folder, order, order == 6 || order == 16 ? 21 : 2);
            assets.image(job, folder, order);
        }
        jdbc.update("UPDATE video_jobs SET local_video_path = ? WHERE id = ?",
                Files.write(folder.resolve("video.mp4"), new byte[1024]).toString(), job);

        logIn();
        browser.get(url("/console/channels/" + channel));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("shorts_per_video"))).selectByValue("2");
        browser.findElement(By.name("languages")).sendKeys("es, pt-BR");
        submit(browser.findElement(By.cssSelector("#growth button")));
        assertThat(jdbc.queryForObject("SELECT shorts_per_video || ' ' || CAST(languages AS TEXT) FROM channels WHERE id = ?",
                String.class, channel)).isEqualTo("2 {es,pt-BR}");

        jdbc.update("UPDATE video_jobs SET status = 'ready_for_export' WHERE id = ?", job);
        assertThat(jobs.awaitFinished(job, JOB_LIMIT)).isEqualTo("completed");
        // the first Short is on YouTube already, the second waits for the channel's Shorts of the next day
        // an id of its own each run: the shared test database outlives a run, and a YouTube id is stored once
        String youtubeId = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        jdbc.update("UPDATE job_shorts SET upload_state = 'uploaded', youtube_video_id = ?, "
                + "publish_at = TIMESTAMPTZ '2027-01-16T18:00:00Z' WHERE video_job_id = ? AND short_index = 1", youtubeId, job);

        browser.get(url("/console/jobs/" + job));
        waitFor("both Shorts' players have their video's size", "return [...document.querySelectorAll('.short video')]"
                + ".filter(v => v.videoWidth === 1080 && v.videoHeight === 1920).length === 2");
        List<WebElement> shorts = browser.findElements(By.cssSelector("figure.short"));
        assertThat(shorts).hasSize(2);
        assertThat(shorts.get(0).getText()).contains("Short 1", "track 6", "uploaded", youtubeId);
        assertThat(shorts.get(1).getText()).contains("Short 2", "track 16", "waiting");
        WebElement player = shorts.get(0).findElement(By.tagName("video"));
        assertThat(player.getSize().getHeight()).as("a vertical player").isGreaterThan(player.getSize().getWidth());
        script().executeScript("arguments[0].closest('section').scrollIntoView()", browser.findElement(By.cssSelector(".shorts")));
        for (WebElement video : browser.findElements(By.cssSelector(".short video"))) {
            script().executeScript("arguments[0].currentTime = 5", video);
        }
        waitFor("both Shorts show a frame 5 s in", "return [...document.querySelectorAll('.short video')]"
                + ".filter(v => v.readyState >= 2 && !v.seeking).length === 2");
        screenshot("job-shorts");
    }

    @Test
    void theAlertsPageShowsWhatNeedsAPersonAndSilencesAnAlert() throws IOException {
        UUID channel = jdbc.queryForObject("INSERT INTO channels (name, brand_niche, youtube_paused_reason) VALUES (?, "
                + "'Medieval Fantasy Ambience', 'YouTube refused the channel''s refresh token (invalid_grant): publish the OAuth "
                + "app to production, then connect the channel again') RETURNING id", UUID.class,
                "Royal Court " + UUID.randomUUID().toString().substring(0, 8));
        UUID job = jdbc.queryForObject("INSERT INTO video_jobs (channel_id, status, failed_stage, error_message, niche_label, "
                + "mood_keywords, target_duration_minutes, output_directory) VALUES (?, 'failed', 'rendering', ?, "
                + "'Medieval Fantasy Ambience', 'candlelit, calm', 75, ?) RETURNING id", UUID.class, channel,
                "Stage rendering failed at image 7 of 20: images/07.png does not decode (not a picture). Replace the file or "
                        + "delete its images row, then retry.", "alerts-page/" + UUID.randomUUID());
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage("the check opens both alerts").until(driver -> jdbc.queryForObject(
                "SELECT count(*) FROM alerts WHERE state = 'open' AND (job_id = ? OR subject_id = ?)", Integer.class, job,
                channel.toString()) == 2);

        logIn();
        WebElement count = browser.findElement(By.id("open-alerts-count"));
        assertThat(Integer.parseInt(count.getText())).isGreaterThanOrEqualTo(2);
        submit(browser.findElement(By.cssSelector("nav a[href='/console/alerts']")));
        WebElement failed = browser.findElements(By.cssSelector("section.alert[data-kind=job_failed]")).stream()
                .filter(card -> card.getText().contains(job.toString())).findFirst().orElseThrow();
        assertThat(failed.getText()).contains("Job failed at rendering: Royal Court", "images/07.png does not decode",
                "What to do: Mend the cause, then retry the job");
        assertThat(browser.findElements(By.cssSelector("section.alert[data-kind=channel_paused]")).stream()
                .anyMatch(card -> card.getText().contains("Reconnect the channel: open /api/channels/" + channel + "/youtube/connect")))
                .isTrue();
        screenshot("alerts");

        WebElement hours = failed.findElement(By.name("hours"));
        hours.clear();
        hours.sendKeys("3");
        submit(failed.findElement(By.cssSelector("form.silence button")));
        WebElement silenced = browser.findElements(By.cssSelector("section.alert[data-kind=job_failed]")).stream()
                .filter(card -> card.getText().contains(job.toString())).findFirst().orElseThrow();
        assertThat(silenced.getText()).contains("silenced until");

        browser.get(url("/console/jobs/" + job));
        assertThat(browser.findElement(By.id("open-alerts")).getText()).contains("Job failed at rendering: Royal Court");
        browser.get(url("/console/channels/" + channel));
        assertThat(browser.findElement(By.id("open-alerts")).getText()).contains("Uploads paused: Royal Court");
    }

    /** The values the job page's progress bar showed, each new one once, until it says completed or failed. */
    private List<Long> watchProgressUntilFinished(String screenshotWhileRunning) throws IOException {
        List<Long> seen = new ArrayList<>();
        long deadline = System.nanoTime() + JOB_LIMIT.toNanos();
        boolean shot = false;
        while (System.nanoTime() < deadline) {
            Map<?, ?> bar = (Map<?, ?>) script().executeScript("const bar = document.querySelector('.progress progress');"
                    + "return bar && {value: bar.value, status: bar.dataset.status};");
            if (bar == null) {
                sleep(200);
                continue;
            }
            long value = ((Number) bar.get("value")).longValue();
            if (seen.isEmpty() || seen.get(seen.size() - 1) != value) {
                seen.add(value);
            }
            if (!shot && value > 0) {
                screenshot(screenshotWhileRunning);
                shot = true;
            }
            if (List.of("completed", "failed").contains(bar.get("status"))) {
                return seen;
            }
            sleep(200);
        }
        throw new AssertionError("the job page showed no end within " + JOB_LIMIT + "; the bar showed " + seen);
    }

    private void logIn() {
        browser.get(url("/console"));
        browser.findElement(By.name("username")).sendKeys("operator");
        browser.findElement(By.name("password")).sendKeys("test-operator-secret");
        submit(browser.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.getCurrentUrl()).startsWith(url("/console"));
    }

    /** Clicks a form's button and waits for the page the form leads to. */
    private void submit(WebElement button) {
        WebElement page = browser.findElement(By.tagName("html"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
    }

    private void waitFor(String what, String condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(what)
                .until(driver -> Boolean.TRUE.equals(script().executeScript(condition)));
    }

    private JavascriptExecutor script() {
        return (JavascriptExecutor) browser;
    }

    private void screenshot(String page) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(page + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A program on the PATH, given to Selenium by its path: Selenium would otherwise try to download a browser. */
    private static String installed(String program) {
        return OnThePath.requiredByTheProof(program, "apt-get install chromium chromium-driver");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
