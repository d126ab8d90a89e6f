package com.channelstudio.music.synth;

import com.channelstudio.music.synth.DrumVoice.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the score of one track, a bar at a time so memory stays flat: an intro that sets the chords, phrases of
 * eight bars (A, B, a quieter break, A again with new ornaments, a lift a step higher near the end) and an outro
 * that thins out to a held tonic chord. Chords come from the track's scale, the melody from a two-bar motif that is
 * repeated, varied and sequenced, and snaps to chord tones on strong beats.
 */
final class Composer {

    private static final int[][] MAJOR_A = {{0, 4, 5, 3}, {0, 5, 3, 4}, {0, 3, 5, 4}, {0, 2, 3, 4}, {0, 3, 0, 4}};
    private static final int[][] MAJOR_B = {{3, 4, 2, 5}, {5, 3, 0, 4}, {3, 0, 3, 4}, {5, 2, 3, 4}, {1, 4, 2, 5}};
    private static final int[][] MINOR_A = {{0, 5, 2, 6}, {0, 3, 4, 0}, {0, 6, 5, 6}, {0, 5, 3, 4}, {0, 2, 6, 3}};
    private static final int[][] MINOR_B = {{5, 2, 6, 0}, {3, 6, 2, 5}, {5, 6, 0, 0}, {3, 4, 5, 6}, {2, 5, 3, 4}};
    private static final int[][] JAZZ_A = {{1, 4, 0, 0}, {0, 5, 1, 4}, {0, 3, 1, 4}, {3, 2, 1, 4}};
    private static final int[][] JAZZ_B = {{3, 2, 5, 4}, {5, 1, 4, 0}, {2, 5, 1, 4}, {3, 4, 2, 5}};
    /** Melody rhythms in eighths, one bar each. */
    private static final int[][] RHYTHMS_4 = {{2, 2, 2, 2}, {3, 1, 2, 2}, {2, 1, 1, 4}, {4, 2, 2}, {1, 1, 2, 2, 2}, {6, 2},
            {2, 2, 4}, {3, 3, 2}, {4, 4}, {2, 4, 2}};
    private static final int[][] RHYTHMS_3 = {{2, 2, 2}, {4, 2}, {3, 1, 2}, {2, 1, 1, 2}, {6}, {2, 4}};
    private static final int[] STEPS = {-2, -1, -1, -1, 0, 1, 1, 1, 2, 3, -3};

    enum Role { INTRO, A, B, BREAK, OUTRO }

    enum Lead { PIANO, ELECTRIC_PIANO, FLUTE, BELLS, STRINGS, PLUCK }

    enum Accompaniment { PIANO, ELECTRIC_PIANO, PLUCK, BELLS }

    private record MelodyNote(int bar, int eighth, int length, int degree) {}

    private record Section(Role role, int startBar, int bars, int[] progression, Lead lead, List<MelodyNote> melody,
            int transpose, int pattern, int leadOctave) {}

    private final TrackStyle style;
    private final SplittableRandom random;
    private final double beatFrames;
    private final int beats;
    private final int totalBars;
    private final List<Section> sections = new ArrayList<>();
    private final List<Lead> leads = new ArrayList<>();
    private final Accompaniment accompaniment;
    private final boolean sustainStrings;
    private final boolean sustainPad;

    Composer(TrackStyle style, long totalFrames, SplittableRandom random) {
        this.style = style;
        this.random = random;
        this.beatFrames = style.beatFrames();
        this.beats = style.beatsPerBar;
        this.totalBars = (int) Math.ceil(totalFrames / (beatFrames * beats));
        boolean anyNamed = style.hasMelodicInstrument();
        if (style.flute) {
            leads.add(Lead.FLUTE);
        }
        if (style.piano || !anyNamed) {
            leads.add(Lead.PIANO);
        }
        if (style.bells) {
            leads.add(Lead.BELLS);
        }
        if (style.strings) {
            leads.add(Lead.STRINGS);
        }
        if (style.electricPiano) {
            leads.add(Lead.ELECTRIC_PIANO);
        }
        if (style.pluck) {
            leads.add(Lead.PLUCK);
        }
        if (leads.isEmpty()) {
            leads.add(Lead.BELLS);
        }
        this.accompaniment = style.pluck && !style.piano ? Accompaniment.PLUCK
                : style.piano || !anyNamed ? Accompaniment.PIANO
                : style.electricPiano ? Accompaniment.ELECTRIC_PIANO
                : style.pluck ? Accompaniment.PLUCK
                : style.bells ? Accompaniment.BELLS : Accompaniment.PLUCK;
        this.sustainStrings = style.strings;
        this.sustainPad = style.pads || !anyNamed || (!style.strings && style.energy < 0.6);
        planSections();
    }

    int totalBars() {
        return totalBars;
    }

    long barStart(int bar) {
        return Math.round(bar * beats * beatFrames);
    }

    private void planSections() {
        int intro = totalBars >= 24 ? 4 : totalBars >= 10 ? 2 : totalBars >= 4 ? 1 : 0;
        int outro = totalBars >= 24 ? 4 : totalBars >= 10 ? 2 : totalBars >= 6 ? 1 : 0;
        int middle = totalBars - intro - outro;
        int phrases = Math.max(1, (int) Math.ceil(middle / 8.0));
        int[][] poolA = style.sevenths ? JAZZ_A : style.minorMode ? MINOR_A : MAJOR_A;
        int[][] poolB = style.sevenths ? JAZZ_B : style.minorMode ? MINOR_B : MAJOR_B;
        int[] progA = poolA[random.nextInt(poolA.length)];
        int[] progB = poolB[random.nextInt(poolB.length)];
        List<MelodyNote> motifA = motif();
        List<MelodyNote> motifB = motif();
        Role[] cycle = {Role.A, Role.B, Role.A, Role.BREAK, Role.B, Role.A};
        int liftFrom = phrases >= 5 && !style.minorMode ? phrases - 2 : Integer.MAX_VALUE;
        int transpose = 0;
        sections.add(new Section(Role.INTRO, 0, intro, progA, leads.get(0), List.of(), 0, 0, 0));
        int bar = intro;
        for (int p = 0; p < phrases; p++) {
            int bars = Math.min(8, totalBars - outro - bar);
            if (bars <= 0) {
                break;
            }
            Role role = cycle[p % cycle.length];
            if (p > 0 && p % cycle.length == 0) {
                // Development: after a full cycle the themes and one progression are rewritten.
                motifA = vary(motifA, 3);
                motifB = motif();
                progB = poolB[random.nextInt(poolB.length)];
            }
            if (p == liftFrom) {
                transpose = 2;
            }
            int[] progression = role == Role.A ? progA : role == Role.B ? progB : rotate(progA, 2);
            List<MelodyNote> theme = role == Role.A ? (p == 0 ? motifA : vary(motifA, 1 + p % 3)) : role == Role.B ? motifB : vary(motifB, 4);
            Lead lead = leads.get((role == Role.B ? 1 : role == Role.BREAK ? 2 : p / cycle.length) % leads.size());
            int octave = role == Role.B && lead != Lead.BELLS ? 1 : 0;
            sections.add(new Section(role, bar, bars, progression, lead, phrase(theme, bars), transpose,
                    random.nextInt(4), octave));
            bar += bars;
        }
        sections.add(new Section(Role.OUTRO, bar, totalBars - bar, progA, leads.get(0), List.of(), transpose, 0, 0));
    }

    private static int[] rotate(int[] progression, int by) {
        int[] out = new int[progression.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = progression[(i + by) % progression.length];
        }
        return out;
    }

    /** A two-bar idea: a rhythm per bar and a stepwise contour in scale degrees. */
    private List<MelodyNote> motif() {
        int[][] rhythms = beats == 3 ? RHYTHMS_3 : RHYTHMS_4;
        List<MelodyNote> notes = new ArrayList<>();
        int degree = 2 + 2 * random.nextInt(3);
        for (int bar = 0; bar < 2; bar++) {
            int[] rhythm = rhythms[random.nextInt(rhythms.length)];
            int eighth = 0;
            for (int length : rhythm) {
                notes.add(new MelodyNote(bar, eighth, length, degree));
                eighth += length;
                degree = Math.max(0, Math.min(11, degree + STEPS[random.nextInt(STEPS.length)]));
            }
        }
        return notes;
    }

    /** The same motif with a few notes moved, so a returning theme is recognisable but not a copy. */
    private List<MelodyNote> vary(List<MelodyNote> motif, int changes) {
        List<MelodyNote> out = new ArrayList<>(motif);
        for (int c = 0; c < changes; c++) {
            int i = random.nextInt(out.size());
            MelodyNote n = out.get(i);
            out.set(i, new MelodyNote(n.bar, n.eighth, n.length,
                    Math.max(0, Math.min(11, n.degree + STEPS[random.nextInt(STEPS.length)]))));
        }
        return out;
    }

    /** Eight bars from a motif: statement, varied answer, sequence a third higher, cadence home. */
    private List<MelodyNote> phrase(List<MelodyNote> motif, int bars) {
        List<MelodyNote> out = new ArrayList<>();
        List<MelodyNote> answer = vary(motif, 2);
        for (MelodyNote n : motif) {
            out.add(n);
        }
        for (MelodyNote n : answer) {
            out.add(new MelodyNote(n.bar + 2, n.eighth, n.length, n.degree));
        }
        for (MelodyNote n : motif) {
            if (n.bar == 0 || random.nextInt(3) > 0) {
                out.add(new MelodyNote(n.bar + 4, n.eighth, n.length, Math.min(11, n.degree + 2)));
            }
        }
        int eighths = beats * 2;
        int degree = 4;
        for (MelodyNote n : motif) {
            if (n.bar == 0) {
                out.add(new MelodyNote(6, n.eighth, n.length, degree));
                degree = Math.max(1, degree - 1);
            }
        }
        out.add(new MelodyNote(7, 0, eighths, random.nextBoolean() ? 0 : 2));
        out.removeIf(n -> n.bar >= bars);
        return out;
    }

    /** The voices that start in the given bar. */
    List<Voice> bar(int bar) {
        Section section = sectionOf(bar);
        int inSection = bar - section.startBar;
        int[] progression = section.progression;
        boolean last = bar == totalBars - 1;
        int chord = last ? 0 : progression[inSection % progression.length];
        if (section.role == Role.OUTRO && inSection == section.bars - 2 && section.bars >= 2) {
            chord = style.minorMode ? 4 : 3;
        }
        long start = barStart(bar);
        long barLength = barStart(bar + 1) - start;
        int key = style.tonic + section.transpose;
        List<Voice> voices = new ArrayList<>();
        int[] voicing = voicing(chord, key);
        double eighth = beatFrames / 2;

        // Sustained layer: the chord held for the bar.
        double sustainLevel = section.role == Role.BREAK || section.role == Role.INTRO ? 0.14 : 0.11;
        for (int i = 0; i < voicing.length; i++) {
            double pan = (i - (voicing.length - 1) / 2.0) * 0.4;
            if (sustainPad) {
                voices.add(new SustainedVoice(SustainedVoice.Kind.PAD, start, voicing[i], barLength, sustainLevel * 0.8, pan, random.nextLong()));
            }
            if (sustainStrings) {
                voices.add(new SustainedVoice(SustainedVoice.Kind.STRINGS, start, voicing[i] + (i == 0 ? -12 : 0), barLength,
                        sustainLevel * 0.7, -pan, random.nextLong()));
            }
        }

        // Accompaniment: the pulse of the track.
        int density = switch (section.role) {
            case INTRO -> inSection < section.bars / 2 ? 0 : 1;
            case OUTRO -> last ? 0 : 1;
            case BREAK -> 1;
            default -> 2;
        };
        accompany(voices, start, eighth, style.sevenths ? rootless(voicing, chord, key) : voicing, key, chord, density,
                section.pattern, last);

        // Bass.
        boolean bassPlays = (style.bass || style.energy > 0.45) && section.role != Role.BREAK
                && !(section.role == Role.INTRO && inSection < section.bars - 1);
        if (bassPlays) {
            int root = bassNote(chord, key);
            voices.add(new PartialVoice(PartialVoice.Kind.BASS, start, root, Math.round(beatFrames * Math.min(beats, 2) * 0.95), 0.5, 0));
            if (beats == 4 && !last && section.role != Role.OUTRO) {
                int second = random.nextInt(3) == 0 ? root + 7 : root;
                voices.add(new PartialVoice(PartialVoice.Kind.BASS, start + Math.round(2 * beatFrames), second,
                        Math.round(beatFrames * 1.9), 0.42, 0));
            }
        }

        // Melody.
        if (!section.melody.isEmpty()) {
            double level = section.role == Role.BREAK ? 0.26 : 0.32;
            for (MelodyNote note : section.melody) {
                if (note.bar == inSection % 8) {
                    boolean strong = note.eighth == 0 || (beats == 4 && note.eighth == 4) || note.length >= 3;
                    int degree = strong ? snap(note.degree, chord) : note.degree;
                    int midi = key + 12 + 12 * section.leadOctave + pitch(degree);
                    long at = start + Math.round(note.eighth * eighth + swing(note.eighth, eighth));
                    long length = Math.round(note.length * eighth * 0.92);
                    voices.add(leadVoice(section.lead, at, midi, length, level * (0.9 + 0.2 * random.nextDouble())));
                }
            }
        }

        // Percussion.
        if (style.percussion != TrackStyle.Percussion.NONE && section.role != Role.INTRO && !last) {
            drums(voices, start, eighth, section.role, inSection);
        } else if (style.percussion == TrackStyle.Percussion.KIT && section.role == Role.INTRO && inSection == section.bars - 1) {
            for (int e = 0; e < beats * 2; e++) {
                voices.add(new DrumVoice(Kind.HAT, start + Math.round(e * eighth), e % 2 == 0 ? 0.35 : 0.2, 0.3, random.nextLong()));
            }
        }
        return voices;
    }

    private void accompany(List<Voice> voices, long start, double eighth, int[] voicing, int key, int chord, int density,
            int pattern, boolean last) {
        int bass = bassNote(chord, key) + 12;
        double level = 0.24;
        if (last || density == 0) {
            // A spread chord on the downbeat only.
            voices.add(accompanimentVoice(start, bass, Math.round(beats * 2 * eighth), level, -0.2));
            for (int i = 0; i < voicing.length; i++) {
                voices.add(accompanimentVoice(start + 400L * (i + 1), voicing[i], Math.round(beats * 2 * eighth), level * 0.8, 0.1 * i));
            }
            return;
        }
        if (beats == 3) {
            voices.add(accompanimentVoice(start, bass, Math.round(2 * eighth), level * 1.1, -0.2));
            for (int beat = 1; beat < 3; beat++) {
                for (int i = 0; i < voicing.length; i++) {
                    voices.add(accompanimentVoice(start + Math.round(beat * 2 * eighth), voicing[i], Math.round(1.8 * eighth),
                            level * (density == 1 ? 0.55 : 0.7), 0.15 * i));
                }
            }
            return;
        }
        int style = density == 1 ? 3 : pattern;
        switch (style) {
            case 0, 2 -> {
                // Broken chord in eighths, accented on the beat.
                int[] order = style == 0 ? new int[] {-1, 0, 1, 2, 1, 2, 0, 1} : new int[] {-1, 2, 0, 2, 1, 2, 0, 2};
                for (int e = 0; e < 8; e++) {
                    int note = order[e] < 0 ? bass : voicing[Math.min(order[e], voicing.length - 1)];
                    long at = start + Math.round(e * eighth + swing(e, eighth));
                    voices.add(accompanimentVoice(at, note, Math.round(eighth * 1.8), level * (e % 2 == 0 ? 1.0 : 0.6), -0.3 + 0.08 * e));
                }
            }
            case 1 -> {
                // Chords on one and three with passing offbeats.
                for (int beat = 0; beat < 4; beat += 2) {
                    long at = start + Math.round(beat * 2 * eighth);
                    voices.add(accompanimentVoice(at, bass, Math.round(eighth * 3.5), level, -0.2));
                    for (int i = 0; i < voicing.length; i++) {
                        voices.add(accompanimentVoice(at + 200L * i, voicing[i], Math.round(eighth * 3.5), level * 0.6, 0.1 * i));
                    }
                    long off = start + Math.round((beat * 2 + 3) * eighth + swing(3, eighth));
                    voices.add(accompanimentVoice(off, voicing[voicing.length - 1], Math.round(eighth), level * 0.45, 0.3));
                }
                for (int beat = 1; beat < 4; beat += 2) {
                    voices.add(accompanimentVoice(start + Math.round(beat * 2 * eighth), voicing[0], Math.round(eighth * 1.5), level * 0.55, 0.2));
                }
            }
            default -> {
                // Quarter-note chords, lighter off the downbeat.
                for (int beat = 0; beat < 4; beat++) {
                    long at = start + Math.round(beat * 2 * eighth);
                    double accent = beat == 0 ? 1.0 : 0.7;
                    if (beat == 0) {
                        voices.add(accompanimentVoice(at, bass, Math.round(eighth * 3.5), level * accent, -0.2));
                    }
                    for (int i = 0; i < voicing.length; i++) {
                        voices.add(accompanimentVoice(at, voicing[i], Math.round(eighth * 1.7), level * 0.55 * accent, 0.12 * i));
                    }
                }
            }
        }
    }

    private Voice accompanimentVoice(long at, int midi, long length, double velocity, double pan) {
        return switch (accompaniment) {
            case PIANO -> new PartialVoice(PartialVoice.Kind.PIANO, at, midi, length, velocity, pan);
            case ELECTRIC_PIANO -> new PartialVoice(PartialVoice.Kind.ELECTRIC_PIANO, at, midi, length, velocity, pan);
            case BELLS -> new PartialVoice(PartialVoice.Kind.BELL, at, midi + 12, length, velocity * 0.5, pan);
            case PLUCK -> new PluckVoice(at, midi, length, velocity * 1.1, pan, 0.5, random.nextLong());
        };
    }

    private Voice leadVoice(Lead lead, long at, int midi, long length, double velocity) {
        return switch (lead) {
            case PIANO -> new PartialVoice(PartialVoice.Kind.PIANO, at, midi, length, velocity * 1.1, 0.1);
            case ELECTRIC_PIANO -> new PartialVoice(PartialVoice.Kind.ELECTRIC_PIANO, at, midi, length, velocity * 1.1, 0.1);
            case BELLS -> new PartialVoice(PartialVoice.Kind.BELL, at, midi + 12, length, velocity * 0.7, 0.15);
            case FLUTE -> new SustainedVoice(SustainedVoice.Kind.FLUTE, at, midi + 12, length, velocity * 0.7, 0.05, random.nextLong());
            case STRINGS -> new SustainedVoice(SustainedVoice.Kind.STRINGS, at, midi + 12,
                    Math.max(length, 9600), velocity * 0.8, 0.1, random.nextLong());
            case PLUCK -> new PluckVoice(at, midi + 12, length, velocity * 1.3, 0.1, 0.8, random.nextLong());
        };
    }

    private void drums(List<Voice> voices, long start, double eighth, Role role, int inSection) {
        boolean full = role == Role.B || (role == Role.A && inSection >= 4);
        boolean quiet = role == Role.BREAK || role == Role.OUTRO;
        int eighths = beats * 2;
        for (int e = 0; e < eighths; e++) {
            long at = start + Math.round(e * eighth + swing(e, eighth));
            boolean onBeat = e % 2 == 0;
            double humanise = 0.9 + 0.2 * random.nextDouble();
            switch (style.percussion) {
                case KIT -> {
                    if (quiet) {
                        if (onBeat) {
                            voices.add(new DrumVoice(Kind.HAT, at, 0.3 * humanise, 0.3, random.nextLong()));
                        }
                        continue;
                    }
                    if (beats == 4 ? e == 0 || e == 4 || (full && e == 5 && inSection % 2 == 1) : e == 0) {
                        voices.add(new DrumVoice(Kind.KICK, at, 0.85 * humanise, 0, random.nextLong()));
                    }
                    if (beats == 4 ? e == 2 || e == 6 : e == 2 || e == 4) {
                        voices.add(new DrumVoice(beats == 4 ? Kind.SNARE : Kind.BRUSH, at, 0.7 * humanise, -0.05, random.nextLong()));
                    }
                    voices.add(new DrumVoice(Kind.HAT, at, (onBeat ? 0.4 : 0.16) * humanise * (full ? 1 : 0.8), 0.3, random.nextLong()));
                }
                case LIGHT -> {
                    if (e == 0 && !quiet) {
                        voices.add(new DrumVoice(Kind.KICK, at, 0.55 * humanise, 0, random.nextLong()));
                    }
                    if (beats == 4 && (e == 4) && !quiet) {
                        voices.add(new DrumVoice(Kind.KICK, at, 0.4 * humanise, 0, random.nextLong()));
                    }
                    if (full && onBeat && e != 0) {
                        voices.add(new DrumVoice(beats == 4 && e % 4 == 2 ? Kind.RIM : Kind.TAMBOURINE, at, 0.4 * humanise, -0.25, random.nextLong()));
                    }
                    // In triple time the shaker marks the beats ("oom-pah-pah"); in common time it fills the eighths.
                    if (onBeat || beats == 4) {
                        voices.add(new DrumVoice(Kind.SHAKER, at, (onBeat ? 0.55 : 0.2) * humanise * (quiet ? 0.6 : 1), 0.35, random.nextLong()));
                    }
                }
                case HAND -> {
                    if (onBeat) {
                        boolean low = e == 0 || (beats == 4 && e == 4);
                        voices.add(new DrumVoice(low ? Kind.HAND_LOW : Kind.HAND_HIGH, at, (quiet ? 0.45 : 0.7) * humanise, -0.15, random.nextLong()));
                    } else if (full && e == eighths - 1) {
                        voices.add(new DrumVoice(Kind.HAND_HIGH, at, 0.35 * humanise, -0.15, random.nextLong()));
                    }
                }
                default -> { }
            }
        }
    }

    private double swing(int eighthIndex, double eighth) {
        return style.swing && eighthIndex % 2 == 1 ? eighth * 0.18 : 0;
    }

    private Section sectionOf(int bar) {
        for (int i = sections.size() - 1; i >= 0; i--) {
            if (bar >= sections.get(i).startBar && sections.get(i).bars > 0) {
                return sections.get(i);
            }
        }
        return sections.get(0);
    }

    /** Chord tones placed close together around middle C so successive chords move smoothly. */
    private int[] voicing(int chordDegree, int key) {
        int size = style.sevenths ? 4 : 3;
        int[] notes = new int[size];
        for (int i = 0; i < size; i++) {
            int pitchClass = Math.floorMod(key + pitch(chordDegree + 2 * i), 12);
            int note = 53 + Math.floorMod(pitchClass - 53, 12);
            notes[i] = note;
        }
        java.util.Arrays.sort(notes);
        return notes;
    }

    /** Jazz players leave the root to the bass: third, fifth and seventh keep the colour with one note fewer. */
    private int[] rootless(int[] voicing, int chordDegree, int key) {
        int rootClass = Math.floorMod(key + pitch(chordDegree), 12);
        int[] out = new int[voicing.length - 1];
        int k = 0;
        for (int note : voicing) {
            if (Math.floorMod(note, 12) != rootClass && k < out.length) {
                out[k++] = note;
            }
        }
        return k == out.length ? out : java.util.Arrays.copyOf(voicing, out.length);
    }

    private int bassNote(int chordDegree, int key) {
        int note = key - 12 + pitch(chordDegree);
        while (note > 47) {
            note -= 12;
        }
        while (note < 36) {
            note += 12;
        }
        return note;
    }

    private int pitch(int degree) {
        return style.scale[Math.floorMod(degree, 7)] + 12 * Math.floorDiv(degree, 7);
    }

    private static int snap(int degree, int chordRoot) {
        for (int distance = 0; distance < 4; distance++) {
            for (int candidate : new int[] {degree - distance, degree + distance}) {
                int rel = Math.floorMod(candidate - chordRoot, 7);
                if (candidate >= 0 && (rel == 0 || rel == 2 || rel == 4)) {
                    return candidate;
                }
            }
        }
        return degree;
    }
}
