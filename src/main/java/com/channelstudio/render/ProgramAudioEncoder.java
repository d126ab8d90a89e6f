package com.channelstudio.render;

import com.channelstudio.jobs.AssetFailure;
import com.channelstudio.media.FfmpegLocator;
import com.channelstudio.media.PeakLimiter;
import com.channelstudio.media.ProcessOutput;
import com.channelstudio.media.TimedProcess;
import com.channelstudio.media.TruePeakMeter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.camel.ExchangeProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Encodes a render's program audio in one pass, its parts ({@link AudioPart}) side by side: for each, one FFmpeg
 * mixes the part's stretch to float PCM, the studio's true-peak limiter holds it under the plan's limiter ceiling, a
 * second FFmpeg encodes it to AAC as it arrives, and a third decodes the encoded stream as it is made for the
 * studio's true-peak meter ({@link TruePeakMeter}); then the parts' frames are joined ({@link AdtsJoin}). The limit
 * is the studio's own code, so it is the same whichever FFmpeg runs; it only touches the moments that would go over,
 * so the program keeps the loudness its gain gave it.
 */
@Component("programAudio")
public class ProgramAudioEncoder {

    private static final Logger log = LoggerFactory.getLogger(ProgramAudioEncoder.class);
    private static final int SAMPLE_RATE = 48_000;
    private static final int BLOCK_FRAMES = 4096;
    private static final int BYTES_PER_FRAME = 8;
    /** Look-ahead and release as in mastering limiters: fast enough to catch a drum hit, slow enough not to pump. */
    private static final int LOOK_AHEAD_FRAMES = SAMPLE_RATE * 4 / 1000;
    private static final int RELEASE_FRAMES = SAMPLE_RATE / 10;
    /**
     * A noise floor at about -80 dBFS, far under anything audible after AAC: on passages of pure tones FFmpeg's
     * fast AAC coder searched three times longer (an hour of sine chords under drum hits took 113 s, not 33 s);
     * with this floor every program encodes at the same speed.
     */
    private static final float NOISE_FLOOR = 1e-4f;

    private final FfmpegLocator ffmpeg;
    private final FfmpegProgress progress;

    public ProgramAudioEncoder(FfmpegLocator ffmpeg, FfmpegProgress progress) {
        this.ffmpeg = ffmpeg;
        this.progress = progress;
    }

    /** @return each part, with the true peak of each 100 ms of its encoded audio */
    public List<MeteredPart> encode(@ExchangeProperty("renderPlan") RenderPlan plan, @ExchangeProperty("renderRun") RenderRun run)
            throws IOException {
        Overshoot.Emphasis emphasis = new Overshoot.Emphasis(run.overshoots(), SAMPLE_RATE);
        List<AudioPart> parts = plan.audioParts();
        List<PartEncode> encodes = new ArrayList<>();
        try {
            for (AudioPart part : parts) {
                encodes.add(new PartEncode(plan, part, emphasis));
            }
            List<MeteredPart> metered = new ArrayList<>();
            double reduction = 0;
            for (PartEncode encode : encodes) {
                metered.add(encode.finish());
                reduction = Math.max(reduction, encode.reductionDb);
            }
            List<Path> partFiles = parts.stream().map(plan::audioPartFile).toList();
            long frames = AdtsJoin.join(parts, partFiles, plan.joinedAudio());
            for (Path joined : partFiles) {
                Files.delete(joined);
            }
            containerise(plan);
            log.info("Job {} rendering: program audio done, {} AAC frames from {} (true peaks limited to {} dBTP, at most {} dB "
                    + "taken off), {}", plan.jobId(), frames, parts.size() == 1 ? "one encoder" : parts.size() + " encoders side by side",
                    decibels(plan.limiterCeilingDb()), decibels(reduction), run.audioDone());
            return metered;
        } finally {
            encodes.forEach(PartEncode::stop);
        }
    }

    /** A corrective encode: the meter found the last one over the ceiling in these stretches. */
    public List<MeteredPart> encodeAgain(RenderPlan plan, RenderRun run, List<Overshoot> overshoots) throws IOException {
        run.correct(overshoots);
        return encode(plan, run);
    }

    /** One part's chain, started at once: the mix, the limiter (on a thread of its own), the encode, its decode, the meter. */
    private final class PartEncode {

        private final RenderPlan plan;
        private final AudioPart part;
        private final FfmpegCommand mix;
        private final FfmpegCommand encode;
        private final FfmpegCommand decode;
        private final List<Process> processes = new ArrayList<>();
        private final List<CompletableFuture<String>> errors = new ArrayList<>();
        private final CompletableFuture<Double> limited;
        private final CompletableFuture<float[]> metered;
        private double reductionDb;

        PartEncode(RenderPlan plan, AudioPart part, Overshoot.Emphasis emphasis) throws IOException {
            this.plan = plan;
            this.part = part;
            RenderCommands commands = plan.commands();
            mix = commands.programMix(part);
            encode = commands.audioEncode(part);
            decode = commands.encodedDecode();
            progress.started(encode, plan);
            try {
                processes.add(new ProcessBuilder(line(mix)).start());
                // The encoder's ADTS copy flows straight into the decoder, so the meter is done when the encode is.
                processes.addAll(ProcessBuilder.startPipeline(List.of(new ProcessBuilder(line(encode)), new ProcessBuilder(line(decode)))));
            } catch (IOException e) {
                stop();
                throw e;
            }
            for (Process process : processes) {
                errors.add(ProcessOutput.text(process.getErrorStream()));
            }
            double ceilingDb = plan.limiterCeilingDb();
            OutputStream encoderInput = processes.get(1).getOutputStream();
            limited = ProcessOutput.read(processes.get(0).getInputStream(),
                    pcm -> limit(pcm, encoderInput, ceilingDb, emphasis, part.firstSample()));
            float over = (float) Math.pow(10, LoudnessGain.meterLimitDb(plan.settings()) / 20);
            metered = ProcessOutput.read(processes.get(2).getInputStream(),
                    pcm -> TruePeakMeter.framePeaks(pcm, SAMPLE_RATE / 10, over));
        }

        MeteredPart finish() {
            Process mixer = processes.get(0);
            try {
                Throwable limiterFailure = null;
                try {
                    reductionDb = limited.get(encode.timeoutMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    // The encoder may have died and broken the pipe: its own message says why, so it is read first.
                    limiterFailure = e.getCause();
                    mixer.destroyForcibly();
                }
                check(encode, processes.get(1), errors.get(1), encode.timeoutMillis());
                if (limiterFailure != null) {
                    throw new AssetFailure(part.label(), "the limiter stopped: " + limiterFailure.getMessage(),
                            "Check the tracks decode, then retry");
                }
                check(mix, mixer, errors.get(0), encode.timeoutMillis());
                check(decode, processes.get(2), errors.get(2), encode.timeoutMillis());
                return new MeteredPart(part, metered.get(encode.timeoutMillis(), TimeUnit.MILLISECONDS));
            } catch (TimeoutException e) {
                throw new AssetFailure(part.label(), "FFmpeg did not finish within its timeout of "
                        + encode.timeoutMillis() / 1000 + " s", "Check the machine's load and the tracks, then retry");
            } catch (ExecutionException e) {
                throw new AssetFailure(part.label(), "could not read what FFmpeg reported: " + e.getCause().getMessage(),
                        "Retry the job");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssetFailure(part.label(), "the render was interrupted", "Retry the job");
            }
        }

        void stop() {
            processes.forEach(Process::destroyForcibly);
            try {
                progress.stopped(encode);
            } catch (IOException e) {
                log.debug("Job {}: progress file of {} not removed", plan.jobId(), encode.purpose(), e);
            }
        }
    }

    private void containerise(RenderPlan plan) throws IOException {
        FfmpegCommand container = plan.commands().audioContainer();
        try {
            TimedProcess.Finished<Long> finished = TimedProcess.run(line(container), Duration.ofMillis(container.timeoutMillis()),
                    out -> out.transferTo(OutputStream.nullOutputStream()));
            if (finished.exitCode() != 0) {
                throw FfmpegRuns.exited(container, finished.exitCode(), finished.stderr());
            }
        } catch (TimeoutException e) {
            throw new AssetFailure("program audio", "FFmpeg did not put it in MP4 within its timeout", "Retry the job");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssetFailure("program audio", "the render was interrupted", "Retry the job");
        }
        Files.delete(plan.joinedAudio());
    }

    private List<String> line(FfmpegCommand command) {
        List<String> line = new ArrayList<>();
        line.add(ffmpeg.executable());
        line.addAll(command.arguments());
        return line;
    }

    /**
     * Passes a stretch of the program through the limiter; the output is shifted back by the limiter's latency and
     * its tail flushed with silence, so not a sample moves or goes missing. Where an earlier encode went over, the
     * program is raised into the limiter and lowered by the same factor after it: only its peaks there come out lower.
     *
     * @param firstFrame where in the program the stretch starts
     * @return the most the limiter took off any moment, in dB
     */
    static double limit(InputStream pcm, OutputStream encoder, double ceilingDb, Overshoot.Emphasis emphasis, long firstFrame) {
        PeakLimiter limiter = new PeakLimiter((float) Math.pow(10, ceilingDb / 20), LOOK_AHEAD_FRAMES, RELEASE_FRAMES,
                BLOCK_FRAMES);
        byte[] in = new byte[BLOCK_FRAMES * BYTES_PER_FRAME];
        byte[] out = new byte[BLOCK_FRAMES * BYTES_PER_FRAME];
        FloatBuffer samplesIn = ByteBuffer.wrap(in).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        FloatBuffer samplesOut = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        float[] left = new float[BLOCK_FRAMES];
        float[] right = new float[BLOCK_FRAMES];
        NoiseFloor floor = new NoiseFloor(NOISE_FLOOR, firstFrame);
        long toSkip = limiter.latency();
        long framesIn = firstFrame;
        long framesOut = firstFrame;
        long flush = limiter.latency();
        try (pcm; encoder) {
            while (true) {
                int frames = pcm.readNBytes(in, 0, in.length) / BYTES_PER_FRAME;
                if (frames == 0) {
                    if (flush == 0) {
                        break;
                    }
                    frames = (int) Math.min(flush, BLOCK_FRAMES);
                    flush -= frames;
                    Arrays.fill(in, (byte) 0);
                }
                boolean raised = emphasis.touches(framesIn, frames);
                for (int i = 0; i < frames; i++) {
                    float factor = raised ? emphasis.factor(framesIn + i) : 1f;
                    left[i] = samplesIn.get(2 * i) * factor;
                    right[i] = samplesIn.get(2 * i + 1) * factor;
                }
                framesIn += frames;
                limiter.process(left, right, frames);
                int written = 0;
                boolean lowered = emphasis.touches(framesOut, frames);
                for (int i = 0; i < frames; i++) {
                    if (toSkip > 0) {
                        toSkip--;
                        continue;
                    }
                    float factor = lowered ? emphasis.factor(framesOut + written) : 1f;
                    samplesOut.put(2 * written, left[i] / factor + floor.next());
                    samplesOut.put(2 * written + 1, right[i] / factor + floor.next());
                    written++;
                }
                framesOut += written;
                encoder.write(out, 0, written * BYTES_PER_FRAME);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return -20 * Math.log10(limiter.lowestGain());
    }

    /** Triangular noise, the same sequence for every render of a stretch, so the same program always encodes the same. */
    private static final class NoiseFloor {

        private final float scale;
        private long state;

        NoiseFloor(float amplitude, long firstFrame) {
            this.scale = amplitude / (1L << 31);
            this.state = 0x9E3779B97F4A7C15L ^ firstFrame * 0xBF58476D1CE4E5B9L;
        }

        float next() {
            return ((int) nextBits() + (float) (int) nextBits()) * scale / 2;
        }

        private long nextBits() {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            return state >>> 32;
        }
    }

    private static void check(FfmpegCommand command, Process process, CompletableFuture<String> errors, long timeoutMillis)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (!process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
            throw new TimeoutException();
        }
        String stderr = errors.get(timeoutMillis, TimeUnit.MILLISECONDS);
        if (process.exitValue() != 0) {
            throw FfmpegRuns.exited(command, process.exitValue(), stderr);
        }
    }

    private static String decibels(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
